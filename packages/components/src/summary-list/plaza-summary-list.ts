import { define } from '@plaza/core';
import { PlazaSummaryList } from './summary-list.js';
import { PlazaSummaryListRow } from './summary-list-row.js';

// Rows first, so a list that upgrades finds its rows already upgraded.
define('plaza-summary-list-row', PlazaSummaryListRow);
define('plaza-summary-list', PlazaSummaryList);

declare global {
  interface HTMLElementTagNameMap {
    'plaza-summary-list': PlazaSummaryList;
    'plaza-summary-list-row': PlazaSummaryListRow;
  }
}

export { PlazaSummaryList, PlazaSummaryListRow };

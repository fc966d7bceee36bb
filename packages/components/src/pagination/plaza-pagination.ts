import { define } from '@plaza/core';
import { PlazaPagination } from './pagination.js';

define('plaza-pagination', PlazaPagination);

declare global {
  interface HTMLElementTagNameMap {
    'plaza-pagination': PlazaPagination;
  }
}

export { PlazaPagination };

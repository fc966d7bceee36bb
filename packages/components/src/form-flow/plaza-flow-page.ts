import { define } from '@plaza/core';
import { PlazaFlowPage } from './flow-page.js';

define('plaza-flow-page', PlazaFlowPage);

declare global {
  interface HTMLElementTagNameMap {
    'plaza-flow-page': PlazaFlowPage;
  }
}

export { PlazaFlowPage };

import { define } from '@plaza/core';
import { PlazaSelect } from './select.js';

define('plaza-select', PlazaSelect);

declare global {
  interface HTMLElementTagNameMap {
    'plaza-select': PlazaSelect;
  }
}

export { PlazaSelect };

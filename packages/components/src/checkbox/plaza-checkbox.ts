import { define } from '@plaza/core';
import { PlazaCheckbox } from './checkbox.js';

define('plaza-checkbox', PlazaCheckbox);

declare global {
  interface HTMLElementTagNameMap {
    'plaza-checkbox': PlazaCheckbox;
  }
}

export { PlazaCheckbox };

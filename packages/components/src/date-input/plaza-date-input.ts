import { define } from '@plaza/core';
import { PlazaDateInput } from './date-input.js';

define('plaza-date-input', PlazaDateInput);

declare global {
  interface HTMLElementTagNameMap {
    'plaza-date-input': PlazaDateInput;
  }
}

export { PlazaDateInput };

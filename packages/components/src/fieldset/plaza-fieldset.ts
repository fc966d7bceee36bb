import { define } from '@plaza/core';
import { PlazaFieldset } from './fieldset.js';

define('plaza-fieldset', PlazaFieldset);

declare global {
  interface HTMLElementTagNameMap {
    'plaza-fieldset': PlazaFieldset;
  }
}

export { PlazaFieldset };

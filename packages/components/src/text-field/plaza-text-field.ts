import { define } from '@plaza/core';
import { PlazaTextField } from './text-field.js';

define('plaza-text-field', PlazaTextField);

declare global {
  interface HTMLElementTagNameMap {
    'plaza-text-field': PlazaTextField;
  }
}

export { PlazaTextField };

import { define } from '@plaza/core';
import { PlazaRadio } from './radio.js';

define('plaza-radio', PlazaRadio);

declare global {
  interface HTMLElementTagNameMap {
    'plaza-radio': PlazaRadio;
  }
}

export { PlazaRadio };

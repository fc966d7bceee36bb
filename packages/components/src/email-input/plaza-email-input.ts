import { define } from '@plaza/core';
import { PlazaEmailInput } from './email-input.js';

define('plaza-email-input', PlazaEmailInput);

declare global {
  interface HTMLElementTagNameMap {
    'plaza-email-input': PlazaEmailInput;
  }
}

export { PlazaEmailInput };

import { define } from '@plaza/core';
import { PlazaPhoneInput } from './phone-input.js';

define('plaza-phone-input', PlazaPhoneInput);

declare global {
  interface HTMLElementTagNameMap {
    'plaza-phone-input': PlazaPhoneInput;
  }
}

export { PlazaPhoneInput };

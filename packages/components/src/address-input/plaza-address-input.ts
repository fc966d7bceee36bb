import { define } from '@plaza/core';
import { PlazaAddressInput } from './address-input.js';

define('plaza-address-input', PlazaAddressInput);

declare global {
  interface HTMLElementTagNameMap {
    'plaza-address-input': PlazaAddressInput;
  }
}

export { PlazaAddressInput };

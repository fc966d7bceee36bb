import { define } from '@plaza/core';
import { PlazaMoneyInput } from './money-input.js';

define('plaza-money-input', PlazaMoneyInput);

declare global {
  interface HTMLElementTagNameMap {
    'plaza-money-input': PlazaMoneyInput;
  }
}

export { PlazaMoneyInput };

import { define } from '@plaza/core';
import { PlazaTinInput } from './tin-input.js';

define('plaza-tin-input', PlazaTinInput);

declare global {
  interface HTMLElementTagNameMap {
    'plaza-tin-input': PlazaTinInput;
  }
}

export { PlazaTinInput };

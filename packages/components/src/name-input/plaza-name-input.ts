import { define } from '@plaza/core';
import { PlazaNameInput } from './name-input.js';

define('plaza-name-input', PlazaNameInput);

declare global {
  interface HTMLElementTagNameMap {
    'plaza-name-input': PlazaNameInput;
  }
}

export { PlazaNameInput };

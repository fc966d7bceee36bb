import { define } from '@plaza/core';
import { PlazaButton } from './button.js';

define('plaza-button', PlazaButton);

declare global {
  interface HTMLElementTagNameMap {
    'plaza-button': PlazaButton;
  }
}

export { PlazaButton };

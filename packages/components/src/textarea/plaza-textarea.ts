import { define } from '@plaza/core';
import { PlazaTextarea } from './textarea.js';

define('plaza-textarea', PlazaTextarea);

declare global {
  interface HTMLElementTagNameMap {
    'plaza-textarea': PlazaTextarea;
  }
}

export { PlazaTextarea };

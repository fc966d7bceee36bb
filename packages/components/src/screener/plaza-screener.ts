import { define } from '@plaza/core';
import { PlazaScreener } from './screener.js';

define('plaza-screener', PlazaScreener);

declare global {
  interface HTMLElementTagNameMap {
    'plaza-screener': PlazaScreener;
  }
}

export { PlazaScreener };

import { define } from '@plaza/core';
import { PlazaPanel } from './panel.js';

define('plaza-panel', PlazaPanel);

declare global {
  interface HTMLElementTagNameMap {
    'plaza-panel': PlazaPanel;
  }
}

export { PlazaPanel };

import { define } from '@plaza/core';
import { PlazaLanguageSelect } from './language-select.js';

define('plaza-language-select', PlazaLanguageSelect);

declare global {
  interface HTMLElementTagNameMap {
    'plaza-language-select': PlazaLanguageSelect;
  }
}

export { PlazaLanguageSelect };

import { define } from '@plaza/core';
import { PlazaTag } from './tag.js';

define('plaza-tag', PlazaTag);

declare global {
  interface HTMLElementTagNameMap {
    'plaza-tag': PlazaTag;
  }
}

export { PlazaTag };

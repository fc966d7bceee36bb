import { define } from '@plaza/core';
import { PlazaDetails } from './details.js';

define('plaza-details', PlazaDetails);

declare global {
  interface HTMLElementTagNameMap {
    'plaza-details': PlazaDetails;
  }
}

export { PlazaDetails };

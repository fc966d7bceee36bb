import { define } from '@plaza/core';
import { PlazaJurisdictionPicker } from './jurisdiction-picker.js';

define('plaza-jurisdiction-picker', PlazaJurisdictionPicker);

declare global {
  interface HTMLElementTagNameMap {
    'plaza-jurisdiction-picker': PlazaJurisdictionPicker;
  }
}

export { PlazaJurisdictionPicker };

import { define } from '@plaza/core';
import { PlazaRadioGroup } from './radio-group.js';
import './plaza-radio.js';

define('plaza-radio-group', PlazaRadioGroup);

declare global {
  interface HTMLElementTagNameMap {
    'plaza-radio-group': PlazaRadioGroup;
  }
}

export { PlazaRadioGroup };

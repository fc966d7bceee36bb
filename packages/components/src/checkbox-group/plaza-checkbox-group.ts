import { define } from '@plaza/core';
import { PlazaCheckboxGroup } from './checkbox-group.js';
import '../checkbox/plaza-checkbox.js';

define('plaza-checkbox-group', PlazaCheckboxGroup);

declare global {
  interface HTMLElementTagNameMap {
    'plaza-checkbox-group': PlazaCheckboxGroup;
  }
}

export { PlazaCheckboxGroup };

import { define } from '@plaza/core';
import { PlazaStepIndicator } from './step-indicator.js';

define('plaza-step-indicator', PlazaStepIndicator);

declare global {
  interface HTMLElementTagNameMap {
    'plaza-step-indicator': PlazaStepIndicator;
  }
}

export { PlazaStepIndicator };

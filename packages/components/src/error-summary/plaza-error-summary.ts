import { define } from '@plaza/core';
import { PlazaErrorSummary } from './error-summary.js';

define('plaza-error-summary', PlazaErrorSummary);

declare global {
  interface HTMLElementTagNameMap {
    'plaza-error-summary': PlazaErrorSummary;
  }
}

export { PlazaErrorSummary };

import { define } from '@plaza/core';
import { PlazaEligibilityResults } from './eligibility-results.js';

define('plaza-eligibility-results', PlazaEligibilityResults);

declare global {
  interface HTMLElementTagNameMap {
    'plaza-eligibility-results': PlazaEligibilityResults;
  }
}

export { PlazaEligibilityResults };

import { define } from '@plaza/core';
import { PlazaServiceFinder } from './service-finder.js';

define('plaza-service-finder', PlazaServiceFinder);

declare global {
  interface HTMLElementTagNameMap {
    'plaza-service-finder': PlazaServiceFinder;
  }
}

export { PlazaServiceFinder };

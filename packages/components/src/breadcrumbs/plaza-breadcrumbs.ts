import { define } from '@plaza/core';
import { PlazaBreadcrumbs } from './breadcrumbs.js';

define('plaza-breadcrumbs', PlazaBreadcrumbs);

declare global {
  interface HTMLElementTagNameMap {
    'plaza-breadcrumbs': PlazaBreadcrumbs;
  }
}

export { PlazaBreadcrumbs };

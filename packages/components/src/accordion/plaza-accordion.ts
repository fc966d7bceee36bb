import { define } from '@plaza/core';
import { PlazaAccordion } from './accordion.js';
import { PlazaAccordionSection } from './accordion-section.js';

// Sections first, so an accordion that upgrades finds its sections already upgraded.
define('plaza-accordion-section', PlazaAccordionSection);
define('plaza-accordion', PlazaAccordion);

declare global {
  interface HTMLElementTagNameMap {
    'plaza-accordion': PlazaAccordion;
    'plaza-accordion-section': PlazaAccordionSection;
  }
}

export { PlazaAccordion, PlazaAccordionSection };

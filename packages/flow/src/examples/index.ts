/**
 * EXAMPLES, not real services: two flow definitions that show the format. Import them from
 * `@plaza/flow/examples.js`; copy one and replace every rule and word before using it.
 */
export { parkingPermit } from './parking-permit.js';
export { energyAssistance } from './energy-assistance.js';

// An agency's Vite + TypeScript app: one import per element it uses.
import '@plaza/components/error-summary.js';
import '@plaza/components/text-field.js';
import '@plaza/components/radio-group.js';
import '@plaza/components/button.js';
import type { PlazaTextField } from '@plaza/components/text-field.js';

// The element types come with the package: this line fails the build if they go missing.
const field: PlazaTextField | null = document.querySelector('plaza-text-field');
field?.setAttribute('data-typed', 'yes');

// A second copy of @plaza/i18n (as a bundler makes when two versions drift): an override made
// through it must still reach the elements, which read the copy @plaza/core depends on.
import { registerMessages } from 'plaza-i18n-copy';

registerMessages('en', { 'validation.valueMissing': 'Tell us {name}' });

// Bundled alone by the runner to prove that importing one element brings only that element,
// @plaza/core, @plaza/tokens, @plaza/i18n and Lit.
import '@plaza/components/text-field.js';

// An agency's webpack 5 app: plain JavaScript, one import per element it uses.
import '@plaza/components/error-summary.js';
import '@plaza/components/text-field.js';
import '@plaza/components/radio-group.js';
import '@plaza/components/button.js';

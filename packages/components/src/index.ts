export { PlazaTextField } from './text-field/text-field.js';
export type { FieldMarker, TextFieldType, TextFieldWidth } from './text-field/text-field.js';
export { PlazaTag } from './tag/tag.js';
export type { TagVariant } from './tag/tag.js';
export { PlazaSkipLink } from './skip-link/skip-link.js';
export { PlazaLink } from './link/link.js';
export { PlazaDateInput } from './date-input/date-input.js';
export type { DateParts, DatePart } from './date-input/date-parts.js';
export { PlazaTextarea } from './textarea/textarea.js';

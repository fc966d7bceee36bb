export { PlazaTextField } from './text-field/text-field.js';
export type { FieldMarker, TextFieldType, TextFieldWidth } from './text-field/text-field.js';

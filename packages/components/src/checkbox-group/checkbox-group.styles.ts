/** The group looks like the single checkbox: the same choice styles and square boxes. */
export { checkboxStyles as checkboxGroupStyles } from '../checkbox/checkbox.styles.js';

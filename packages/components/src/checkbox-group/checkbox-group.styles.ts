import { choiceStyles } from '../choice/choice.styles.js';
import { squareInput } from '../checkbox/checkbox.styles.js';

export const checkboxGroupStyles = [choiceStyles, squareInput];

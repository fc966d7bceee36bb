import { PlazaChoiceOption } from '../choice/choice-option.js';

/**
 * @summary One option of a `<plaza-radio-group>`: its value, label and hint, and any follow-up
 * questions to reveal while it is chosen.
 *
 * @slot - Follow-up content (for example a `<plaza-text-field>`), shown under the option only
 * while it is chosen. While hidden, its form controls are disabled, so they neither submit nor
 * block submission.
 *
 * Accessibility: the group draws the native radio for this option, labelled by `label` and
 * described by `hint`; the radio controls (`aria-controls`) the follow-up content.
 */
export class PlazaRadio extends PlazaChoiceOption {}

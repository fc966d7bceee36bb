export { define } from './define.js';
export { safeNavigationUrl } from './safe-url.js';
export { submitImplicitly } from './implicit-submission.js';
export { PlazaElement, adoptTokens } from './plaza-element.js';
export { PlazaFormControl, type FieldMarker, type FormValue } from './form-control.js';
export { PlazaStringControl } from './string-control.js';
export {
  FORM_INVALID_EVENT,
  reportInvalidControl,
  type FormInvalidDetail,
  type InvalidControl,
} from './form-errors.js';
export * from './validation.js';
export { emailFormatMessages, formatMessages } from './messages/formats.js';
export * from '@plaza/i18n';
export { LocalizeController, resolveLanguage, setServerLanguage } from './localize-controller.js';
export {
  announce,
  focusWithContext,
  isKeyboardFocusable,
  uniqueId,
  type Politeness,
} from './a11y.js';
export {
  FIELD_IDS,
  describedBy,
  fieldStyles,
  focusRing,
  renderError,
  renderHint,
  renderLabel,
  renderLegend,
  renderMarker,
  renderPageHeading,
  textOrSlot,
} from './field.js';
export { hostTextStyles } from './host-styles.js';
export { SlotController, slottedChildren } from './slot-controller.js';
export { redispatchChange } from './events.js';
export { PlazaQuestion, type Question } from './question.js';

/** Input types that block implicit submission in a form without a submit button (HTML). */
const BLOCKING =
  /^(text|search|email|url|tel|password|date|month|week|time|datetime-local|number)$/;

/** A native single-line input, or a control whose (open) shadow root holds one, counts once. */
const blocks = (field: Element): boolean =>
  field instanceof HTMLInputElement
    ? BLOCKING.test(field.type)
    : !!field.shadowRoot && [...field.shadowRoot.querySelectorAll('input')].some(blocks);

/**
 * Enter in a single-line input inside a control's shadow root submits the control's form, as in
 * a native input (HTML's implicit submission): the inner input has no form of its own. The form's
 * default button (its first submit button, tree order, `form` attribute included) is activated,
 * and a disabled one blocks; without one, the form is submitted only when it has no more than one
 * field that blocks implicit submission. Use as the input's `keydown` listener.
 */
export function submitImplicitly(event: KeyboardEvent, form: HTMLFormElement | null): void {
  if (
    event.key !== 'Enter' ||
    event.isComposing ||
    !form ||
    !(event.target instanceof HTMLInputElement) ||
    !blocks(event.target)
  )
    return;
  event.preventDefault();
  const fields = [...form.elements];
  const button = fields.find((field) => (field as HTMLButtonElement).type === 'submit') as
    HTMLElement | undefined;
  if (button) {
    if (!button.matches(':disabled')) button.click();
  } else if (fields.filter(blocks).length < 2) form.requestSubmit();
}

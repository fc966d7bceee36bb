/**
 * Conditional reveal: follow-up questions written inside an option (`<plaza-radio>`,
 * `<plaza-checkbox>`) show only while the option is chosen. While hidden they must not submit or
 * block submission, so their form controls are disabled; Plaza marks the ones it disabled and
 * enables only those again, never a control the page disabled itself.
 */
const MARK = 'data-plaza-reveal-disabled';

/**
 * Native form controls (the listed elements: those with `willValidate`) and form-associated
 * custom elements (and ones not yet defined).
 */
function isFormControl(element: Element): boolean {
  if (!element.localName.includes('-')) return 'willValidate' in element;
  const definition = customElements.get(element.localName) as
    (CustomElementConstructor & { formAssociated?: boolean }) | undefined;
  return definition === undefined || definition.formAssociated === true;
}

/** True when the option has follow-up content to reveal (elements or text). */
export function hasRevealContent(option: Element): boolean {
  // Lit's server rendering gives elements no light DOM (`children` is undefined there).
  return (option.children?.length ?? 0) > 0 || (option.textContent ?? '').trim() !== '';
}

/** Enables the follow-up controls inside `option` when revealed, disables them when hidden. */
export function setRevealed(option: Element, revealed: boolean): void {
  for (const element of option.querySelectorAll('*')) {
    if (!isFormControl(element)) continue;
    if (!revealed && !element.hasAttribute('disabled')) {
      element.setAttribute(MARK, '');
      element.setAttribute('disabled', '');
    } else if (revealed && element.hasAttribute(MARK)) {
      element.removeAttribute(MARK);
      element.removeAttribute('disabled');
    }
  }
}

/**
 * Collects the controls that reported themselves invalid in one validation pass (a failed submit
 * fires `invalid` on each of them in one task) and decides, once, where focus goes.
 *
 * Why a task and not a microtask: when a person submits (click, Enter), the browser fires each
 * `invalid` event from native code with a microtask checkpoint after every listener, so a
 * microtask batch would flush once per control and the summary would keep only the last one.
 * `requestSubmit()` from script runs inside a script and hides that; a task covers both.
 */

/** Anything Plaza can send focus to after a failed submit. */
export interface InvalidControl extends HTMLElement {
  readonly form: HTMLFormElement | null;
  focusFirstInvalid(): void;
}

export interface FormInvalidDetail {
  /** The invalid controls, in document order. */
  controls: InvalidControl[];
}

/**
 * Fired on the form (or, without one, on the first control) after a failed validation pass.
 * `<plaza-error-summary>` cancels it to take focus itself; uncancelled, the first control gets it.
 */
export const FORM_INVALID_EVENT = 'plaza-form-invalid';

declare global {
  interface HTMLElementEventMap {
    /** A form's controls failed on submit: one event per submit, controls in order. */
    'plaza-form-invalid': CustomEvent<FormInvalidDetail>;
  }
}
const pending = new Map<EventTarget, Set<InvalidControl>>();

export function reportInvalidControl(control: InvalidControl): void {
  const owner: EventTarget = control.form ?? control;
  const controls = pending.get(owner) ?? new Set();
  controls.add(control);
  if (pending.size === 0) setTimeout(flush);
  pending.set(owner, controls);
}

function flush(): void {
  const batches = [...pending];
  pending.clear();
  for (const [owner, set] of batches) {
    const controls = [...set].sort(inDocumentOrder);
    const target = owner instanceof HTMLFormElement ? owner : controls[0];
    const event = new CustomEvent<FormInvalidDetail>(FORM_INVALID_EVENT, {
      bubbles: true,
      composed: true,
      cancelable: true,
      detail: { controls },
    });
    if (target.dispatchEvent(event)) controls[0].focusFirstInvalid();
  }
}

function inDocumentOrder(a: Node, b: Node): number {
  return a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
}

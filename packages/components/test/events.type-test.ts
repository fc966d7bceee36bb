/**
 * Type test, checked by `npm run typecheck` and never run: every `plaza-*` event is in
 * `HTMLElementEventMap`, so a listener gets its detail typed. A missing entry makes `event` a
 * plain `Event` and each `.detail` below a type error; a wrong detail type fails the assignments.
 */
import '@plaza/components';

declare const element: HTMLElement;
declare const form: HTMLFormElement;

const isBoolean = (value: boolean) => value;
const isString = (value: string) => value;
const isNumber = (value: number) => value;

element.addEventListener('plaza-toggle', (event) => isBoolean(event.detail.open));
element.addEventListener('plaza-open', (event) => event.type);
element.addEventListener('plaza-close', (event) => isString(event.detail.returnValue));
element.addEventListener('plaza-exit', (event) => {
  isString(event.detail.url);
  isBoolean(event.detail.clearAnswers);
});
element.addEventListener('plaza-page-change', (event) => isNumber(event.detail.page));
element.addEventListener('plaza-menu-toggle', (event) => isBoolean(event.detail.open));
element.addEventListener('plaza-language-change', (event) => {
  isString(event.detail.lang);
  isString(event.detail.previous);
});
element.addEventListener('plaza-error-summary-show', (event) => isNumber(event.detail.count));
element.addEventListener('plaza-extend', (event) => isNumber(event.detail.expiresAt));
element.addEventListener('plaza-save', (event) => event.detail.waitUntil(Promise.resolve()));
element.addEventListener('plaza-expire', (event) => event.detail.redirect satisfies string | null);
element.addEventListener('plaza-flow-page', (event) => isString(event.detail.page));
element.addEventListener('plaza-flow-submit', (event) => {
  event.detail.answers satisfies Record<string, unknown>;
  event.detail.fields satisfies [string, string][];
});
element.addEventListener('plaza-service-open', (event) => isString(event.detail.id));
form.addEventListener('plaza-form-invalid', (event) => event.detail.controls);

// @ts-expect-error: details are typed, so a wrong member is an error.
element.addEventListener('plaza-toggle', (event) => event.detail.opened);

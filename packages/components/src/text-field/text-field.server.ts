import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import { PlazaTextField } from './text-field.js';

/**
 * The text field's markup for Lit server rendering. In the browser the field stamps one bindless
 * template and patches it by hand (see `#patch`), so `render()` has no text to give the server;
 * this draws what `#patch` would, with the element's real words (same elements, classes and
 * parts, so the same boxes). The browser keeps this markup while its script loads, then the
 * field replaces it with its own (see `PlazaElement.createRenderRoot`). Attributes go into the
 * template's static strings: one template per combination is fine on a server, and it keeps
 * optional attributes out of the markup instead of writing them empty.
 */

/** The members of the field the markup needs (some are protected: read, never written). */
interface FieldView {
  label: string;
  hint: string;
  value: string;
  name: string;
  type: string;
  autocomplete: string;
  keyboard: string;
  spelling: string;
  prefixText: string;
  suffixText: string;
  pageHeading: boolean;
  required: boolean;
  readonly: boolean;
  readonly isDisabled: boolean;
  readonly markerText: string;
  readonly visibleIssue: unknown;
  messageFor(issue: unknown): string;
  t(key: string): string;
}

const escapeAttribute = (value: string): string =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** ` name="value"` for each present attribute, as static template text. */
function attributes(pairs: Record<string, string | null | false>) {
  const text = Object.entries(pairs)
    .filter((pair): pair is [string, string] => typeof pair[1] === 'string')
    .map(([name, value]) => (value === '' ? ` ${name}` : ` ${name}="${escapeAttribute(value)}"`))
    .join('');
  return unsafeStatic(text);
}

export function renderTextFieldOnServer(element: PlazaTextField) {
  const field = element as unknown as FieldView;
  const issue = field.visibleIssue;
  const message = issue ? field.messageFor(issue) : null;
  const type = ['email', 'tel', 'url'].includes(field.type) ? field.type : null;
  const hasHint = Boolean(field.hint);
  const describedBy = [hasHint && 'hint', message && 'error'].filter(Boolean).join(' ');
  const marker = field.markerText;
  // prettier-ignore
  const label = staticHtml`<label id="label" class="label" part="label" for="control">${field.label}${marker ? staticHtml`<span class="marker"> ${marker}</span>` : ''}</label>`;
  // prettier-ignore
  const input = staticHtml`<input id="control" part="input"${attributes({
    type,
    inputmode: field.keyboard || (field.type === 'number' ? 'decimal' : (type ?? 'text')),
    name: field.name || null,
    autocomplete: field.autocomplete || null,
    spellcheck: field.spelling || (field.type === 'text' ? null : 'false'),
    value: field.value || null,
    disabled: field.isDisabled && '',
    readonly: field.readonly && '',
    'aria-required': field.required && 'true',
    'aria-invalid': message !== null && 'true',
    'aria-describedby': describedBy || null,
  })}>`;
  const affix = (part: string, text: string) =>
    text
      ? staticHtml`<span class="affix" aria-hidden="true" part=${unsafeStatic(part)}>${text}</span>`
      : '';
  // prettier-ignore
  return staticHtml`<div class=${unsafeStatic(message ? '"field has-error"' : 'field')} part="field">${field.pageHeading ? staticHtml`<h1 class="heading">${label}</h1>` : label}${hasHint ? staticHtml`<div id="hint" class="hint" part="hint">${field.hint}</div>` : ''}${message ? staticHtml`<p id="error" class="error-message" part="error-message"><span class="visually-hidden">${field.t('field.errorPrefix')}</span> ${message}</p>` : ''}${field.prefixText || field.suffixText ? staticHtml`<div class="input-wrapper">${affix('input-prefix', field.prefixText)}${input}${affix('input-suffix', field.suffixText)}</div>` : input}</div>`;
}

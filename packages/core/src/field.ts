import { css, html, nothing, type TemplateResult } from 'lit';
import { hostTextStyles } from './host-styles.js';

/**
 * The label, hint and error message every Plaza field shows, in one shadow root with the control.
 * Ids only need to be unique inside that shadow root, so they are fixed: `label`, `hint`, `error`.
 */
export const FIELD_IDS = {
  label: 'label',
  hint: 'hint',
  error: 'error',
  control: 'control',
} as const;

/** `aria-describedby` for the control: the hint, then the error (as GOV.UK orders them). */
export function describedBy(hasHint: boolean, hasError: boolean): string | typeof nothing {
  const ids = [hasHint ? FIELD_IDS.hint : '', hasError ? FIELD_IDS.error : ''].filter(Boolean);
  return ids.length ? ids.join(' ') : nothing;
}

/**
 * The label of a single control, with its marker, inside an `<h1>` on a one-question page.
 * `content` is the label text (or a slot carrying it).
 */
export function renderLabel(
  content: unknown,
  markerText: string,
  pageHeading: boolean,
  forId: string = FIELD_IDS.control,
): TemplateResult {
  const label = html`<label id=${FIELD_IDS.label} class="label" part="label" for=${forId}
    >${content}${renderMarker(markerText)}</label
  >`;
  return pageHeading ? renderPageHeading(label) : label;
}

/** The question inside the page's `<h1>` (a one-question page). */
export function renderPageHeading(content: unknown): TemplateResult {
  return html`<h1 class="heading">${content}</h1>`;
}

/**
 * The legend of a group, with its marker, inside a heading on a one-question page (`heading`:
 * the page's `<h1>` by default; the fieldset gives its own level). `className` is the element's
 * styling hook; `legend-heading` is added with the heading.
 */
export function renderLegend(
  content: unknown,
  markerText: string,
  className: string,
  pageHeading: boolean,
  heading: (content: unknown) => unknown = renderPageHeading,
): TemplateResult {
  const classes = pageHeading ? `${className} legend-heading` : className;
  // Content and marker straight in the legend unless a heading wraps them: a nested template
  // would add Lit markers to every group.
  // prettier-ignore
  return html`<legend id=${FIELD_IDS.label} class=${classes} part="legend">${pageHeading ? heading(html`${content}${renderMarker(markerText)}`) : content}${pageHeading ? nothing : renderMarker(markerText)}</legend>`;
}

/**
 * The marker after a label or legend, or nothing. The space is part of the marker's own text:
 * a whitespace-only text node between the label and the marker is dropped from the accessible
 * name ("Proof of address(optional)").
 */
export function renderMarker(markerText: string): TemplateResult | typeof nothing {
  return markerText ? html`<span class="marker">${` ${markerText}`}</span>` : nothing;
}

/**
 * A label's or hint's text, or the slot for the rich content the page gives instead. The slot is
 * drawn only then: a slot and the marker Lit keeps inside it are two nodes in every field, and
 * `SlotController` sees slotted children arrive without one.
 */
export function textOrSlot(name: 'label' | 'hint', text: string, slotted: boolean): unknown {
  return slotted ? html`<slot name=${name}></slot>` : text;
}

/** Hint text from the attribute, or rich content (links) from `slot="hint"`. */
export function renderHint(hint: string, hasSlottedHint: boolean): TemplateResult | typeof nothing {
  if (!hint && !hasSlottedHint) return nothing;
  // One line: whitespace between tags would be text nodes in every field.
  // prettier-ignore
  return html`<div id=${FIELD_IDS.hint} class="hint" part="hint">${textOrSlot('hint', hint, hasSlottedHint)}</div>`;
}

/** The error message, with a visually hidden "Error:" so it is not announced as plain text. */
export function renderError(
  message: string | null,
  prefix: string,
): TemplateResult | typeof nothing {
  if (!message) return nothing;
  // prettier-ignore
  return html`<p id=${FIELD_IDS.error} class="error-message" part="error-message"><span class="visually-hidden">${prefix}</span> ${message}</p>`;
}

/** Shared look of labels, hints and errors; every value comes from a --plaza-* token. */
export const fieldStyles = css`
  ${hostTextStyles}
  :host {
    margin-block-end: var(--plaza-space-6);
  }
  .field {
    display: flex;
    flex-direction: column;
    gap: var(--plaza-space-2);
  }
  .field.has-error {
    border-inline-start: var(--plaza-border-width-thick) solid var(--plaza-color-error);
    padding-inline-start: var(--plaza-space-4);
  }
  .label {
    font-weight: var(--plaza-font-weight-bold);
  }
  .marker {
    font-weight: var(--plaza-font-weight-regular);
  }
  .hint {
    color: var(--plaza-color-text-secondary);
  }
  .error-message {
    margin: 0;
    color: var(--plaza-color-error);
    font-weight: var(--plaza-font-weight-bold);
  }
  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    margin: -1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  ::slotted(a),
  a {
    color: var(--plaza-color-link);
  }
  @media (forced-colors: active) {
    .field.has-error {
      border-inline-start-color: CanvasText;
    }
  }
`;

/** The focus ring every focusable part uses: thick, offset, visible in forced colours. */
export const focusRing = css`
  outline: var(--plaza-focus-ring-width) solid var(--plaza-focus-ring-color);
  outline-offset: var(--plaza-focus-ring-offset);
`;

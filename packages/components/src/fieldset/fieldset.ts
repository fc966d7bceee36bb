import { html, nothing, type TemplateResult, type PropertyDeclarations } from 'lit';
import {
  describedBy,
  PlazaElement,
  PlazaQuestion,
  renderError,
  renderHint,
  renderLegend,
} from '@plaza/core';
import { fieldsetStyles } from './fieldset.styles.js';

export type HeadingLevel = 1 | 2 | 3 | 4 | 5 | 6;

/**
 * @summary Groups related fields under one question, such as the parts of an address: a native
 * fieldset whose legend is the question (optionally the page heading), with a hint and an error
 * for the group as a whole.
 *
 * @slot - The fields of the group.
 * @slot legend - Rich legend content; replaces the `legend` attribute.
 * @slot hint - Rich hint content (for example with a link); replaces the `hint` attribute.
 *
 * @csspart fieldset - The native fieldset.
 * @csspart legend - The legend.
 * @csspart heading - The heading inside the legend, with `page-heading`.
 * @csspart hint - The hint text.
 * @csspart error-message - The group's error message.
 * @csspart content - The wrapper of the slotted fields.
 *
 * @cssprop [--plaza-fieldset-legend-size=var(--plaza-font-size-heading-lg)] - Legend size as a page heading.
 *
 * Accessibility: a native `<fieldset>` (role `group`) named by its legend; the hint and the group
 * error describe it, so screen readers read them when entering the group. With `page-heading`
 * the legend holds a real heading (`<h1>` by default, any level with `heading-level`), so the
 * question is both the page's heading and the group's name.
 */
export class PlazaFieldset extends PlazaQuestion(PlazaElement) {
  static override properties: PropertyDeclarations = {
    legend: {},
    hint: {},
    error: {},
    headingLevel: { type: Number, attribute: 'heading-level' },
  };
  static override styles = fieldsetStyles;

  /** The question the fields answer together. */
  legend = '';
  /** Help text for the whole group, under the legend. */
  override hint = '';
  /** An error for the group as a whole (the fields keep their own errors). */
  error = '';
  /** With `page-heading`, the level of that heading, 1 to 6. */
  headingLevel: HeadingLevel = 1;

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.legend && !this.slots.has('legend')) {
      console.error('<plaza-fieldset> needs a legend: a group without one cannot be named.');
    }
  }

  /** The page's question at any heading level (`heading-level`). */
  #renderHeading = (content: unknown): TemplateResult => {
    const level = Math.min(6, Math.max(1, Math.round(Number(this.headingLevel) || 1)));
    switch (level) {
      case 2:
        return html`<h2 class="heading" part="heading">${content}</h2>`;
      case 3:
        return html`<h3 class="heading" part="heading">${content}</h3>`;
      case 4:
        return html`<h4 class="heading" part="heading">${content}</h4>`;
      case 5:
        return html`<h5 class="heading" part="heading">${content}</h5>`;
      case 6:
        return html`<h6 class="heading" part="heading">${content}</h6>`;
      default:
        return html`<h1 class="heading" part="heading">${content}</h1>`;
    }
  };

  override render() {
    const legend = html`<slot name="legend">${this.legend}</slot>`;
    return html`<fieldset
      class="fieldset ${this.error ? 'has-error' : ''}"
      part="fieldset"
      aria-describedby=${describedBy(this.hasHint, Boolean(this.error))}
    >
      ${renderLegend(legend, '', 'legend', this.pageHeading, this.#renderHeading)}
      ${renderHint(this.hint, this.slots.has('hint'))}
      ${this.error ? renderError(this.error, this.t('field.errorPrefix')) : nothing}
      <div class="content" part="content"><slot></slot></div>
    </fieldset>`;
  }
}

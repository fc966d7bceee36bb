import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { FIELD_IDS, renderHint, renderMarker } from './field.js';
import type { PlazaElement } from './plaza-element.js';

// Mixins need `any[]` constructor arguments (TypeScript's rule for mixin classes).
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type ElementClass = abstract new (...args: any[]) => PlazaElement;

/**
 * What a question adds to an element, as a declared class so declaration files can name the
 * protected members (the pattern Lit documents for mixins).
 */
export declare class Question {
  hint: string;
  pageHeading: boolean;
  protected get hasHint(): boolean;
  protected renderHeading(content: unknown): unknown;
  protected renderQuestionLabel(content: unknown, markerText: string, forId?: string): unknown;
  protected renderQuestionLegend(
    content: unknown,
    markerText: string,
    className: string,
  ): TemplateResult;
  protected renderQuestionHint(): TemplateResult | typeof nothing;
}

/**
 * A question: the words around a control or a group of controls, drawn the same way everywhere.
 * Its label or legend (from an attribute or `slot="label"` / `slot="legend"`) with the marker
 * ("(optional)"), inside the page's heading on a one-question page (`page-heading`), then the
 * hint (attribute or `slot="hint"`), kept current as slotted content comes and goes.
 *
 * The element supplies the text, the marker and the `hint` property, since they differ: a form
 * control's `label`, `markerText` and `hint` (the single checkbox has them too, but is never a
 * page's question, so it is no `PlazaQuestion`); the fieldset's `legend` and `hint`, no marker.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type QuestionClass = abstract new (...args: any[]) => Question;

export function PlazaQuestion<T extends ElementClass>(Base: T): T & QuestionClass {
  abstract class QuestionElement extends Base {
    /** Help text under the question: declared by the element (a form control has it already). */
    declare hint: string;
    /** Renders the question as the page's heading (a one-question page). */
    @property({ type: Boolean, attribute: 'page-heading' }) pageHeading = false;

    /** Whether a hint shows: from the attribute or slotted. */
    protected get hasHint(): boolean {
      return Boolean(this.hint) || this.slots.has('hint');
    }

    /** The question inside the page's `<h1>` when it is the page heading; overridable (level). */
    protected renderHeading(content: unknown): unknown {
      return this.pageHeading ? html`<h1 class="heading">${content}</h1>` : content;
    }

    /** A `<label>` for one control (`for` its id), with the marker. */
    protected renderQuestionLabel(
      content: unknown,
      markerText: string,
      forId: string = FIELD_IDS.control,
    ): unknown {
      // prettier-ignore
      return this.renderHeading(html`<label id=${FIELD_IDS.label} class="label" part="label" for=${forId}>${content}${renderMarker(markerText)}</label>`);
    }

    /**
     * The `<legend>` of a group, with the marker. `className` is the element's own styling hook;
     * `legend-heading` is added on a one-question page.
     */
    protected renderQuestionLegend(
      content: unknown,
      markerText: string,
      className: string,
    ): TemplateResult {
      const heading = this.pageHeading ? ' legend-heading' : '';
      // prettier-ignore
      return html`<legend id=${FIELD_IDS.label} class="${className}${heading}" part="legend">${this.renderHeading(html`${content}${renderMarker(markerText)}`)}</legend>`;
    }

    /** The hint, or nothing. */
    protected renderQuestionHint(): TemplateResult | typeof nothing {
      return renderHint(this.hint, this.slots.has('hint'));
    }
  }
  return QuestionElement as unknown as T & QuestionClass;
}

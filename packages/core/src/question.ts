import type { PropertyDeclarations } from 'lit';
import type { PlazaElement } from './plaza-element.js';

// Mixins need `any[]` constructor arguments (TypeScript's rule for mixin classes).
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type ElementClass = abstract new (...args: any[]) => PlazaElement;

/**
 * What a question adds to an element, as a declared class so declaration files can name the
 * protected member (the pattern Lit documents for mixins).
 */
export declare class Question {
  hint: string;
  pageHeading: boolean;
  /** Whether a hint shows: from the attribute or slotted (`slot="hint"`). */
  protected get hasHint(): boolean;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type QuestionClass = abstract new (...args: any[]) => Question;

/**
 * A question: the words around a control or a group of controls. It adds `page-heading` and
 * `hasHint` (the attribute or slotted content, kept current by `this.slots`); the element draws
 * them with `renderLabel` or `renderLegend`, and `renderHint`, from `field.ts`, so an element
 * that draws its own DOM (the text field) does not carry templates it never uses.
 *
 * The element declares `hint`: form controls have it on `PlazaFormControl` (the single
 * `<plaza-checkbox>` has a hint too, but is never a page's question, so it is no
 * `PlazaQuestion`); the fieldset declares its own.
 */
export function PlazaQuestion<T extends ElementClass>(Base: T): T & QuestionClass {
  abstract class QuestionElement extends Base {
    static properties: PropertyDeclarations = {
      pageHeading: { type: Boolean, attribute: 'page-heading' },
    };
    declare hint: string;
    /** Renders the question as the page's heading (a one-question page). */
    pageHeading = false;

    protected get hasHint(): boolean {
      return Boolean(this.hint) || this.slots.has('hint');
    }
  }
  return QuestionElement as unknown as T & QuestionClass;
}

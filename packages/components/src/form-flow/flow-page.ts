import { isServer } from 'lit';

// Lit's server rendering has no global HTMLElement: there the page is a plain class (it renders
// nothing of its own; its children are the author's markup).
const Base = isServer ? (class {} as unknown as typeof HTMLElement) : HTMLElement;

/**
 * @summary One author-written page of a `<plaza-form-flow>`: a heading and ordinary Plaza controls
 * in the light DOM, which the flow routes, checks, saves and lists on check your answers.
 *
 * @slot - The page's content: Plaza controls (each with a `name`, which is the answer's id, and
 * a `label`), and any paragraphs or details the page needs.
 *
 * Accessibility: the flow shows one page at a time inside its form, under an `<h1>` with the
 * page's `heading` that takes focus when the page opens; the error summary links to the controls
 * by their names. Hidden pages are `hidden`, so nothing on them is read or reachable.
 */
export class PlazaFlowPage extends Base {
  /** The page's id: its location in the URL (`#contact`) and its id in a definition. */
  get pageId(): string {
    return this.getAttribute('page-id') ?? '';
  }

  set pageId(value: string) {
    this.setAttribute('page-id', value);
  }

  /** The page's heading (also the first part of the document title). */
  get heading(): string {
    return this.getAttribute('heading') ?? '';
  }

  set heading(value: string) {
    this.setAttribute('heading', value);
  }
}

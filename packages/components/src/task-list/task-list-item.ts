import { property } from 'lit/decorators.js';
import { PlazaElement, slottedChildren } from '@plaza/core';

export type TaskStatus = 'completed' | 'in-progress' | 'not-started' | 'cannot-start' | 'error';

const normalize = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

/**
 * @summary One task in a `<plaza-task-list>`: it holds the data, the list draws it.
 *
 * @slot - The task's name, or an `<a href>` with the name (readable and usable before scripts run).
 * @slot hint - Optional words under the name ("You need your last 3 payslips").
 *
 * Accessibility: the list turns each task into a list item whose link is described by its
 * status ("Your details, link, Completed").
 */
export class PlazaTaskListItem extends PlazaElement {
  /** Where the task's link goes; by default the `href` of an `<a>` inside. */
  @property() href = '';
  /** `completed`, `in-progress`, `not-started`, `cannot-start` (no link) or `error`. */
  @property({ reflect: true }) status: TaskStatus = 'not-started';
  /** Replaces the translated words for the status. */
  @property({ attribute: 'status-text' }) statusText = '';

  /** The task's name: the text of its anchor, or its own text without the hint. */
  get nameText(): string {
    const anchor = this.querySelector(':scope > a');
    if (anchor) return normalize(anchor.textContent);
    return normalize(
      [...this.childNodes]
        // Comments are left out: a template library's markers (Lit's `<!--?lit$…-->`) are no name.
        .filter(
          (node) =>
            node.nodeType !== Node.COMMENT_NODE &&
            !(node instanceof Element && node.getAttribute('slot') === 'hint'),
        )
        .map((node) => node.textContent)
        .join(''),
    );
  }

  /** The link's target; empty when the task cannot be started yet. */
  get linkHref(): string {
    if (this.status === 'cannot-start') return '';
    return this.href || (this.querySelector(':scope > a[href]')?.getAttribute('href') ?? '');
  }

  /** The hint's text, from `slot="hint"`. */
  get hintText(): string {
    return normalize(slottedChildren(this, 'hint')[0]?.textContent);
  }

  override render() {
    return null;
  }
}

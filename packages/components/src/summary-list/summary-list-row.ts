import { property } from 'lit/decorators.js';
import { PlazaElement, slottedChildren } from '@plaza/core';

/**
 * @summary One question and answer in a `<plaza-summary-list>`: it holds the data, the list draws it.
 *
 * @slot question - The question ("Date of birth"), if you write it in the page (readable before
 * scripts run); or set the `key` attribute.
 * @slot - The answer. Text, line breaks and simple markup are copied into the list's `<dd>`.
 *
 * Accessibility: the list turns every row into a `<dt>`/`<dd>` pair and a "Change" link whose
 * accessible name includes the question ("Change date of birth").
 */
export class PlazaSummaryListRow extends PlazaElement {
  /** The question, when it is not given in `slot="question"`. */
  @property() key = '';
  /** Where the "Change" link goes; without it the row has no action. */
  @property() href = '';
  /** The visible link text; "Change" (translated) by default. */
  @property() action = '';
  /** Hidden words after the link text that say what it changes; the question by default. */
  @property({ attribute: 'action-label' }) actionLabel = '';

  /** The question's text, from `slot="question"` or the `key` attribute. */
  get keyText(): string {
    const [slotted] = slottedChildren(this, 'question');
    return (slotted?.textContent ?? this.key).replace(/\s+/g, ' ').trim();
  }

  /** Copies of the answer's nodes (everything but the key), for the list's `<dd>`. */
  answerNodes(): Node[] {
    return [...this.childNodes]
      .filter((node) => !(node instanceof Element && node.getAttribute('slot') === 'question'))
      .map((node) => node.cloneNode(true));
  }

  override render() {
    return null;
  }
}

import { expect, fixture, html as testHtml } from '@open-wc/testing';
import { html } from 'lit';
import { property } from 'lit/decorators.js';
import { define } from './define.js';
import { PlazaElement } from './plaza-element.js';
import { PlazaQuestion } from './question.js';
import { renderHint, renderLabel, renderLegend } from './field.js';

/** A question drawn as a label (one control) or a legend (a group), as the controls draw it. */
class QuestionTestElement extends PlazaQuestion(PlazaElement) {
  @property() override hint = '';
  @property() label = '';
  @property() marker = '';
  @property({ type: Boolean }) group = false;
  override render() {
    const text = html`<slot name="label">${this.label}</slot>`;
    const hint = renderHint(this.hint, this.slots.has('hint'));
    return this.group
      ? html`<fieldset aria-describedby=${this.hasHint ? 'hint' : ''}>
          ${renderLegend(text, this.marker, 'legend', this.pageHeading, this.heading)} ${hint}
        </fieldset>`
      : html`${renderLabel(text, this.marker, this.pageHeading)} ${hint} <input id="control" />`;
  }

  /** The heading the legend goes in; elements with a heading level of their own pass theirs. */
  protected get heading(): ((content: unknown) => unknown) | undefined {
    return undefined;
  }
}
define('core-question-test', QuestionTestElement);

/** A question whose heading level is its own, as the fieldset's is. */
class LevelledQuestionElement extends QuestionTestElement {
  protected override get heading() {
    return (content: unknown) => html`<h2 class="heading">${content}</h2>`;
  }
}
define('core-question-level-test', LevelledQuestionElement);

const root = (element: HTMLElement) => element.shadowRoot!;

describe('PlazaQuestion with renderLabel, renderLegend and renderHint', () => {
  it('draws a label for the control, with the marker in the accessible name', async () => {
    const element = await fixture<QuestionTestElement>(
      testHtml`<core-question-test label="Full name" marker="(optional)"></core-question-test>`,
    );
    const label = root(element).querySelector('label')!;
    expect(label.id).to.equal('label');
    expect(label.getAttribute('part')).to.equal('label');
    expect(label.htmlFor).to.equal('control');
    expect(label.textContent).to.equal('Full name (optional)');
    expect(root(element).querySelector('h1')).to.equal(null);
    expect(root(element).querySelector('#hint')).to.equal(null);
  });

  it('puts the label or the legend in the page heading with page-heading', async () => {
    const single = await fixture<QuestionTestElement>(
      testHtml`<core-question-test label="Full name" page-heading></core-question-test>`,
    );
    expect(root(single).querySelector('h1 > label')!.textContent).to.equal('Full name');
    const group = await fixture<QuestionTestElement>(
      testHtml`<core-question-test group label="Your address" page-heading></core-question-test>`,
    );
    const legend = root(group).querySelector('legend')!;
    expect(legend.className).to.equal('legend legend-heading');
    expect(legend.getAttribute('part')).to.equal('legend');
    expect(legend.querySelector('h1')!.textContent).to.equal('Your address');
    group.pageHeading = false;
    await group.updateComplete;
    expect(legend.className).to.equal('legend');
    expect(legend.querySelector('h1')).to.equal(null);
  });

  it('lets an element choose its heading level', async () => {
    const element = await fixture<LevelledQuestionElement>(
      testHtml`<core-question-level-test group label="Address" page-heading></core-question-level-test>`,
    );
    expect(root(element).querySelector('legend > h2')!.textContent).to.equal('Address');
  });

  it('shows the hint from the attribute, or from slotted content added at any time', async () => {
    const element = await fixture<QuestionTestElement>(
      testHtml`<core-question-test group label="Address"></core-question-test>`,
    );
    const fieldset = root(element).querySelector('fieldset')!;
    expect(fieldset.getAttribute('aria-describedby')).to.equal('');
    element.hint = 'As on your lease';
    await element.updateComplete;
    expect(root(element).querySelector('#hint')!.textContent!.trim()).to.equal('As on your lease');
    expect(fieldset.getAttribute('aria-describedby')).to.equal('hint');

    element.hint = '';
    const rich = Object.assign(document.createElement('span'), {
      slot: 'hint',
      textContent: 'See the guide',
    });
    element.append(rich);
    await new Promise((resolve) => setTimeout(resolve));
    await element.updateComplete;
    const slot = root(element).querySelector<HTMLSlotElement>('#hint slot[name="hint"]')!;
    expect(slot.assignedElements()).to.deep.equal([rich]);
    expect(fieldset.getAttribute('aria-describedby')).to.equal('hint');
  });
});

import { expect, fixture, html as testHtml } from '@open-wc/testing';
import { html } from 'lit';
import { define } from './define.js';
import { PlazaElement } from './plaza-element.js';
import { slottedChildren } from './slot-controller.js';

/** Says which of its named slots have content, as a control deciding what to render would. */
class SlotTestElement extends PlazaElement {
  renders = 0;
  override render() {
    this.renders += 1;
    const hint = this.slots.has('hint');
    return html`<p id="state">${hint ? 'hint' : 'none'}</p>
      ${hint ? html`<slot name="hint"></slot>` : null}`;
  }
}
define('core-slot-test', SlotTestElement);

const shown = (element: SlotTestElement) =>
  element.shadowRoot!.getElementById('state')!.textContent;

describe('SlotController', () => {
  it('sees content slotted in the markup when the element connects', async () => {
    const element = await fixture<SlotTestElement>(
      testHtml`<core-slot-test><span slot="hint">Help</span></core-slot-test>`,
    );
    expect(shown(element)).to.equal('hint');
  });

  it('re-renders when content is slotted after connect, renamed, or removed', async () => {
    const element = await fixture<SlotTestElement>(testHtml`<core-slot-test></core-slot-test>`);
    expect(shown(element)).to.equal('none');

    const hint = document.createElement('span');
    hint.slot = 'hint';
    hint.textContent = 'Help';
    element.append(hint);
    await new Promise((resolve) => setTimeout(resolve));
    await element.updateComplete;
    expect(shown(element)).to.equal('hint');
    const slot = element.shadowRoot!.querySelector('slot')!;
    expect(slot.assignedElements()).to.deep.equal([hint]);

    hint.slot = 'other';
    await new Promise((resolve) => setTimeout(resolve));
    await element.updateComplete;
    expect(shown(element)).to.equal('none');

    hint.slot = 'hint';
    await new Promise((resolve) => setTimeout(resolve));
    await element.updateComplete;
    expect(shown(element)).to.equal('hint');

    hint.remove();
    await new Promise((resolve) => setTimeout(resolve));
    await element.updateComplete;
    expect(shown(element)).to.equal('none');
  });

  it('does not re-render for changes that leave the same slots filled', async () => {
    const element = await fixture<SlotTestElement>(
      testHtml`<core-slot-test><span slot="hint">Help</span></core-slot-test>`,
    );
    const before = element.renders;
    element.append(document.createTextNode('text'), document.createElement('b'));
    element.querySelector('span')!.textContent = 'More help';
    await new Promise((resolve) => setTimeout(resolve));
    await element.updateComplete;
    expect(element.renders).to.equal(before);
  });

  it('reads the children while disconnected, and observes again once reconnected', async () => {
    const element = await fixture<SlotTestElement>(testHtml`<core-slot-test></core-slot-test>`);
    const parent = element.parentElement!;
    element.remove();
    const hint = Object.assign(document.createElement('span'), { slot: 'hint' });
    element.append(hint);
    parent.append(element);
    await element.updateComplete;
    expect(shown(element)).to.equal('hint');
    hint.remove();
    await new Promise((resolve) => setTimeout(resolve));
    await element.updateComplete;
    expect(shown(element)).to.equal('none');
  });

  it('slottedChildren lists only direct children with that slot, in order', async () => {
    const host = await fixture<HTMLElement>(testHtml`<div>
      <span slot="hint" id="a"></span><b><i slot="hint"></i></b><em slot="label"></em>
      <span slot="hint" id="b"></span>
    </div>`);
    expect(slottedChildren(host, 'hint').map((child) => child.id)).to.deep.equal(['a', 'b']);
    expect(slottedChildren(host, 'missing')).to.deep.equal([]);
  });
});

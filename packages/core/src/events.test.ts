import { expect, fixture, html as testHtml } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { html } from 'lit';
import { define } from './define.js';
import { redispatchChange } from './events.js';
import { PlazaElement } from './plaza-element.js';

/** An input in a shadow root whose host forwards `change`, as every Plaza control does. */
class ChangeTestElement extends PlazaElement {
  override render() {
    return html`<input aria-label="Name" @change=${() => redispatchChange(this)} />`;
  }
}
define('core-change-test', ChangeTestElement);

describe('redispatchChange', () => {
  it('fires one bubbling, non-composed change from the host when the user commits a value', async () => {
    const wrapper = await fixture<HTMLElement>(
      testHtml`<div><core-change-test></core-change-test><button>Next</button></div>`,
    );
    const host = wrapper.querySelector('core-change-test')!;
    const seen: Event[] = [];
    wrapper.addEventListener('change', (event) => seen.push(event));
    host.shadowRoot!.querySelector('input')!.focus();
    await sendKeys({ type: 'Ana' });
    await sendKeys({ press: 'Tab' });
    expect(seen).to.have.length(1);
    expect(seen[0]!.target).to.equal(host);
    expect(seen[0]!.bubbles).to.equal(true);
    expect(seen[0]!.composed).to.equal(false);
  });
});

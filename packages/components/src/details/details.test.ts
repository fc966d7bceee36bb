import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import './plaza-details.js';
import { pageFrameHoldsSuite } from '../../test/support/page-frame-holds.js';
import { PlazaDetails, type ToggleDetail } from './details.js';
import { findByRole, pageText } from '../../test/support/accessibility-tree.js';

const settle = () => new Promise((resolve) => setTimeout(resolve));
const help = html`<plaza-details>
  <span slot="summary">Help with your case number</span>
  <p>Your case number is on the letter we sent you. It starts with two letters.</p>
</plaza-details>`;

describe('<plaza-details>', () => {
  it('is a collapsed disclosure named by its summary, hiding the help', async () => {
    await fixture(help);
    const node = await findByRole('DisclosureTriangle');
    expect(node.name).to.equal('Help with your case number');
    expect(node.expanded ?? false).to.equal(false);
    expect(await pageText()).to.not.include(
      'Your case number is on the letter we sent you. It starts with two letters.',
    );
  });

  it('opens and closes with Enter and Space from the keyboard, firing plaza-toggle', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div><button>Before</button>${help}</div>`);
    const el = wrapper.querySelector('plaza-details')!;
    const events: boolean[] = [];
    el.addEventListener('plaza-toggle', (event) =>
      events.push((event as CustomEvent<ToggleDetail>).detail.open),
    );
    wrapper.querySelector('button')!.focus();
    await sendKeys({ press: 'Tab' });
    expect((await findByRole('DisclosureTriangle')).focused).to.equal(true);
    await sendKeys({ press: 'Enter' });
    await settle();
    expect(el.open).to.equal(true);
    expect((await findByRole('DisclosureTriangle')).expanded).to.equal(true);
    expect(await pageText()).to.include(
      'Your case number is on the letter we sent you. It starts with two letters.',
    );
    await sendKeys({ press: 'Space' });
    await settle();
    expect(el.open).to.equal(false);
    expect(events).to.deep.equal([true, false]);
  });

  it('opens from script and reflects the open attribute', async () => {
    const el = await fixture<PlazaDetails>(help);
    el.open = true;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('details')!.open).to.equal(true);
    const summary = el.shadowRoot!.querySelector('summary')!;
    const toggled = oneEvent(el, 'plaza-toggle');
    summary.click();
    expect((await toggled).detail.open).to.equal(false);
    expect(el.hasAttribute('open')).to.equal(false);
  });

  it('focuses its summary when focused from script', async () => {
    const el = await fixture<PlazaDetails>(help);
    el.focus();
    expect(el.shadowRoot!.activeElement).to.equal(el.shadowRoot!.querySelector('summary'));
    expect((await findByRole('DisclosureTriangle')).focused).to.equal(true);
  });

  it('stays open when the language changes', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div lang="en">${help}</div>`);
    const el = wrapper.querySelector('plaza-details')!;
    el.shadowRoot!.querySelector('summary')!.click();
    await settle();
    wrapper.lang = 'es';
    await settle();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('details')!.open).to.equal(true);
    expect((await findByRole('DisclosureTriangle')).expanded).to.equal(true);
  });

  it('keeps summary and help in the light DOM', async () => {
    const el = await fixture<PlazaDetails>(help);
    expect(el.querySelector('[slot="summary"]')!.textContent).to.equal(
      'Help with your case number',
    );
    expect(el.querySelector('p')).not.to.equal(null);
  });

  it('has a focus ring and a 24px target, and fits 320px', async () => {
    await setViewport({ width: 320, height: 640 });
    try {
      const wrapper = await fixture<HTMLElement>(
        html`<div>
          <button>Before</button>
          <plaza-details open>
            <span slot="summary"
              >What to do if your landlord will not give you a rent statement</span
            >
            <p>Ask for a letter, a lease or receipts for the last three months of rent instead.</p>
          </plaza-details>
        </div>`,
      );
      const el = wrapper.querySelector('plaza-details')!;
      const summary = el.shadowRoot!.querySelector('summary')!;
      wrapper.querySelector('button')!.focus();
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement).to.equal(summary);
      expect(getComputedStyle(summary).outlineStyle).to.equal('solid');
      expect(summary.getBoundingClientRect().height).to.be.at.least(24);
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('centres the triangle on the first line of the summary, open or closed', async () => {
    const el = await fixture<PlazaDetails>(help);
    const summary = el.shadowRoot!.querySelector('summary')!;
    const centreOffset = () => {
      const style = getComputedStyle(summary, '::before');
      const top = parseFloat(style.top);
      const height = parseFloat(style.borderTopWidth) + parseFloat(style.borderBottomWidth);
      return Math.abs(top + height / 2 - parseFloat(getComputedStyle(summary).lineHeight) / 2);
    };
    expect(centreOffset()).to.be.below(1);
    el.open = true;
    await el.updateComplete;
    expect(centreOffset()).to.be.below(1);
  });

  it('puts the triangle and the bar on the right in right-to-left pages', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div dir="rtl" style="inline-size: 400px">${help}</div>`,
    );
    const el = wrapper.querySelector('plaza-details')!;
    const summary = el.shadowRoot!.querySelector('summary')!;
    expect(getComputedStyle(summary).paddingRight).to.not.equal('0px');
    expect(getComputedStyle(summary).paddingLeft).to.equal('0px');
  });

  describe('accessibility (axe) in every state', () => {
    it('closed', async () => {
      await expect(await fixture(help)).to.be.accessible();
    });
    it('open', async () => {
      const el = await fixture<PlazaDetails>(help);
      el.open = true;
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });
    it('spanish', async () => {
      const el = await fixture(
        html`<div lang="es">
          <plaza-details open>
            <span slot="summary">Ayuda con su número de caso</span>
            <p>Su número de caso está en la carta que le enviamos.</p>
          </plaza-details>
        </div>`,
      );
      await expect(el).to.be.accessible();
    });
    it('rtl', async () => {
      const el = await fixture(
        html`<div dir="rtl" lang="ar">
          <plaza-details open>
            <span slot="summary">مساعدة برقم الحالة</span>
            <p>رقم الحالة موجود في الرسالة.</p>
          </plaza-details>
        </div>`,
      );
      await expect(el).to.be.accessible();
    });
  });
});

pageFrameHoldsSuite({
  tag: 'plaza-details',
  example: () => help,
  forcedColors: [
    {
      name: 'summary',
      find: (host) => host.shadowRoot!.querySelector('summary'),
      property: 'color',
      system: 'LinkText',
    },
    {
      name: 'line beside the content',
      find: (host) => host.shadowRoot!.querySelector('.content'),
      property: 'border-left-color',
      system: 'CanvasText',
    },
  ],
  tabStops: 1,
});

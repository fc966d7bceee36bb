import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { registerMessages } from '@plaza/core';
import './plaza-back-link.js';
import { pageFrameHoldsSuite } from '../../test/support/page-frame-holds.js';
import { PlazaBackLink } from './back-link.js';
import { findAllByRole } from '../../test/support/accessibility-tree.js';

const chevron = (el: PlazaBackLink) =>
  el.shadowRoot!.querySelector<HTMLElement>('[part="chevron"]')!;

describe('<plaza-back-link>', () => {
  it('keeps a slotted anchor as the link, named by its text alone', async () => {
    const el = await fixture<PlazaBackLink>(
      html`<plaza-back-link><a href="/previous">Back</a></plaza-back-link>`,
    );
    const links = await findAllByRole('link');
    expect(links.map((l) => l.name)).to.deep.equal(['Back']);
    expect(el.shadowRoot!.querySelector('[part="link"]')).to.equal(null);
    expect(chevron(el).getAttribute('aria-hidden')).to.equal('true');
  });

  it('draws a translated "Back" link from href when there is no anchor', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div lang="es"><plaza-back-link href="/anterior"></plaza-back-link></div>`,
    );
    const el = wrapper.querySelector('plaza-back-link')!;
    const link = el.shadowRoot!.querySelector<HTMLAnchorElement>('[part="link"]')!;
    expect(link.textContent).to.equal('Atrás');
    expect(link.getAttribute('href')).to.equal('/anterior');
    wrapper.setAttribute('lang', 'en');
    await new Promise((resolve) => setTimeout(resolve));
    await el.updateComplete;
    expect(link.textContent).to.equal('Back');
  });

  it('carries its own strings, which an agency can override', async () => {
    registerMessages('en', { 'backLink.text': 'Go back' });
    try {
      const el = await fixture<PlazaBackLink>(html`<plaza-back-link href="/p"></plaza-back-link>`);
      expect(el.shadowRoot!.querySelector('[part="link"]')!.textContent).to.equal('Go back');
    } finally {
      registerMessages('en', { 'backLink.text': 'Back' });
    }
    expect(PlazaBackLink.messages.es['backLink.text']).to.equal('Atrás');
  });

  it('is reached with Tab, shows a focus ring, and is at least 24px tall', async () => {
    const el = await fixture<PlazaBackLink>(
      html`<div>
        <button>Before</button>
        <plaza-back-link><a href="/previous">Back</a></plaza-back-link>
      </div>`,
    );
    el.querySelector('button')!.focus();
    await sendKeys({ press: 'Tab' });
    const anchor = el.querySelector('a')!;
    expect(document.activeElement).to.equal(anchor);
    expect(getComputedStyle(anchor).outlineStyle).to.equal('solid');
    expect(anchor.getBoundingClientRect().height).to.be.at.least(24);
    expect((await findAllByRole('link'))[0].focused).to.equal(true);
  });

  it('lets clicks on the arrow reach the link', async () => {
    const el = await fixture<PlazaBackLink>(
      html`<plaza-back-link><a href="#back-target">Back</a></plaza-back-link>`,
    );
    const box = chevron(el).getBoundingClientRect();
    const hit = document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2);
    expect(hit).to.equal(el.querySelector('a'));
  });

  it('centres the arrow on the line of text', async () => {
    const el = await fixture<PlazaBackLink>(
      html`<plaza-back-link><a href="/p">Back</a></plaza-back-link>`,
    );
    const anchorBox = el.querySelector('a')!.getBoundingClientRect();
    const arrow = chevron(el).getBoundingClientRect();
    const lineHeight = parseFloat(getComputedStyle(el.querySelector('a')!).lineHeight);
    const lineCentre = anchorBox.top + lineHeight / 2;
    expect(Math.abs(arrow.top + arrow.height / 2 - lineCentre)).to.be.below(1);
  });

  it('points the arrow the other way in a right-to-left page', async () => {
    const ltr = await fixture<PlazaBackLink>(
      html`<plaza-back-link><a href="/p">Back</a></plaza-back-link>`,
    );
    const rtlWrapper = await fixture<HTMLElement>(
      html`<div dir="rtl">
        <plaza-back-link><a href="/p">رجوع</a></plaza-back-link>
      </div>`,
    );
    const rtl = rtlWrapper.querySelector('plaza-back-link')!;
    expect(getComputedStyle(chevron(ltr)).transform).to.not.equal(
      getComputedStyle(chevron(rtl)).transform,
    );
    const anchor = rtl.querySelector('a')!.getBoundingClientRect();
    expect(chevron(rtl).getBoundingClientRect().left).to.be.greaterThan(
      anchor.left + anchor.width / 2,
    );
  });

  describe('accessibility (axe) in every state', () => {
    it('slotted anchor', async () => {
      const el = await fixture(html`<plaza-back-link><a href="/p">Back</a></plaza-back-link>`);
      await expect(el).to.be.accessible();
    });
    it('drawn from href', async () => {
      const el = await fixture(html`<plaza-back-link href="/p"></plaza-back-link>`);
      await expect(el).to.be.accessible();
    });
    it('spanish', async () => {
      const el = await fixture(
        html`<div lang="es"><plaza-back-link href="/p"></plaza-back-link></div>`,
      );
      await expect(el).to.be.accessible();
    });
    it('rtl', async () => {
      const el = await fixture(
        html`<div dir="rtl" lang="ar">
          <plaza-back-link><a href="/p">رجوع</a></plaza-back-link>
        </div>`,
      );
      await expect(el).to.be.accessible();
    });
  });
});

pageFrameHoldsSuite({
  tag: 'plaza-back-link',
  example: () => html`<plaza-back-link><a href="#previous">Back</a></plaza-back-link>`,
  forcedColors: [
    {
      name: 'link',
      find: (host) => host.querySelector('a'),
      property: 'color',
      system: 'LinkText',
    },
    {
      name: 'chevron in the link colour',
      find: (host) => host.shadowRoot!.querySelector('.chevron'),
      property: 'border-top-color',
      system: 'LinkText',
    },
  ],
  tabStops: 1,
});

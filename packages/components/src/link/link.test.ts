import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import './plaza-link.js';
import { pageFrameHoldsSuite } from '../../test/support/page-frame-holds.js';
import { PlazaLink } from './link.js';
import { findByRole } from '../../test/support/accessibility-tree.js';

const settle = () => new Promise((resolve) => setTimeout(resolve));

describe('<plaza-link>', () => {
  it('says "(opens in new tab)" in the visible text and the accessible name', async () => {
    const el = await fixture<PlazaLink>(
      html`<plaza-link new-tab><a href="/guidance">Read the guidance</a></plaza-link>`,
    );
    await settle();
    const anchor = el.querySelector('a')!;
    expect(anchor.target).to.equal('_blank');
    expect(anchor.rel.split(' ')).to.include.members(['noopener', 'noreferrer']);
    expect(anchor.textContent).to.equal('Read the guidance (opens in new tab)');
    expect(anchor.getBoundingClientRect().width).to.be.greaterThan(0);
    expect((await findByRole('link')).name).to.equal('Read the guidance (opens in new tab)');
  });

  it('treats an anchor with target="_blank" as a new-tab link', async () => {
    const el = await fixture<PlazaLink>(
      html`<plaza-link><a href="/form.pdf" target="_blank">Paper form</a></plaza-link>`,
    );
    await settle();
    expect(el.querySelector('a')!.textContent).to.equal('Paper form (opens in new tab)');
  });

  it('detects links to other websites, and can be told', async () => {
    const off = await fixture<PlazaLink>(
      html`<plaza-link><a href="https://www.irs.gov/">IRS</a></plaza-link>`,
    );
    const same = await fixture<PlazaLink>(
      html`<plaza-link><a href="/local">Local page</a></plaza-link>`,
    );
    const forced = await fixture<PlazaLink>(
      html`<plaza-link external new-tab><a href="/partner">Partner</a></plaza-link>`,
    );
    await settle();
    expect(off.querySelector('a')!.textContent).to.equal('IRS (external website)');
    expect(same.querySelector('a')!.textContent).to.equal('Local page');
    expect(forced.querySelector('a')!.textContent).to.equal(
      'Partner (external website, opens in new tab)',
    );
  });

  it('translates the warning and follows a language change without duplicating it', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div lang="es">
        <plaza-link new-tab><a href="/guia">Lea la guía</a></plaza-link>
      </div>`,
    );
    await settle();
    const anchor = wrapper.querySelector('a')!;
    expect(anchor.textContent).to.equal('Lea la guía (se abre en una pestaña nueva)');
    wrapper.setAttribute('lang', 'en');
    await settle();
    await wrapper.querySelector('plaza-link')!.updateComplete;
    await settle();
    expect(anchor.textContent).to.equal('Lea la guía (opens in new tab)');
  });

  it('updates when the anchor changes, and drops the note when it no longer applies', async () => {
    const el = await fixture<PlazaLink>(
      html`<plaza-link><a href="/x" target="_blank">Help</a></plaza-link>`,
    );
    await settle();
    const anchor = el.querySelector('a')!;
    expect(anchor.textContent).to.equal('Help (opens in new tab)');
    anchor.removeAttribute('target');
    await settle();
    expect(anchor.textContent!.trim()).to.equal('Help');
  });

  it('is reached with Tab and shows a focus ring', async () => {
    await fixture(
      html`<div>
        <button>Before</button>
        <plaza-link new-tab><a href="/guidance">Guidance</a></plaza-link>
      </div>`,
    );
    (document.querySelector('button') as HTMLButtonElement).focus();
    await sendKeys({ press: 'Tab' });
    const anchor = document.querySelector('plaza-link a') as HTMLAnchorElement;
    expect(document.activeElement).to.equal(anchor);
    expect(getComputedStyle(anchor).outlineStyle).to.equal('solid');
    expect((await findByRole('link')).focused).to.equal(true);
  });

  describe('accessibility (axe) in every state', () => {
    it('default', async () => {
      const el = await fixture(html`<plaza-link><a href="/a">A page</a></plaza-link>`);
      await expect(el).to.be.accessible();
    });
    it('external and new tab', async () => {
      const el = await fixture(
        html`<plaza-link new-tab><a href="https://www.usa.gov/">USA.gov</a></plaza-link>`,
      );
      await settle();
      await expect(el).to.be.accessible();
    });
    it('spanish', async () => {
      const el = await fixture(
        html`<p lang="es">
          Vea
          <plaza-link new-tab><a href="https://www.usa.gov/es/">USAGov en Español</a></plaza-link>
        </p>`,
      );
      await settle();
      await expect(el).to.be.accessible();
    });
  });
});

pageFrameHoldsSuite({
  tag: 'plaza-link',
  example: () =>
    html`<p>
      Read
      <plaza-link new-tab><a href="#guidance">the guidance for applicants</a></plaza-link> before
      you start.
    </p>`,
  forcedColors: [
    {
      name: 'link',
      find: (host) => host.querySelector('a'),
      property: 'color',
      system: 'LinkText',
    },
  ],
  tabStops: 1,
  inlineTargets: true,
});

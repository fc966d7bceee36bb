import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import './plaza-accordion.js';
import { pageFrameHoldsSuite } from '../../test/support/page-frame-holds.js';
import { PlazaAccordion } from './accordion.js';
import type { PlazaAccordionSection, SectionToggleDetail } from './accordion-section.js';
import { findAllByRole, pageText } from '../../test/support/accessibility-tree.js';

const settle = () => new Promise((resolve) => setTimeout(resolve));
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
const sectionButton = (section: Element) =>
  section.shadowRoot!.querySelector<HTMLButtonElement>('[part="button"]')!;
const focusedName = async () =>
  squash((await findAllByRole('button')).find((b) => b.focused)?.name ?? '');

const guide = html`<plaza-accordion>
  <plaza-accordion-section>
    <span slot="heading">Who can apply</span>
    <p>Residents of the state with a household income under the limit.</p>
  </plaza-accordion-section>
  <plaza-accordion-section>
    <span slot="heading">What you need</span>
    <p>Proof of identity and your last three payslips.</p>
  </plaza-accordion-section>
  <plaza-accordion-section>
    <span slot="heading">How to apply</span>
    <p>Apply online, by phone or at a county office.</p>
  </plaza-accordion-section>
</plaza-accordion>`;

describe('<plaza-accordion>', () => {
  it('puts a button with aria-expanded inside each heading, content hidden', async () => {
    const el = await fixture<PlazaAccordion>(guide);
    // The snapshot folds a heading into its only child (the button), so check the heading in the DOM.
    const headings = [...el.children].map((section) => sectionButton(section).parentElement!);
    expect(
      headings.map((h) => [
        h.getAttribute('role'),
        h.getAttribute('aria-level'),
        h.children.length,
      ]),
    ).to.deep.equal([
      ['heading', '2', 1],
      ['heading', '2', 1],
      ['heading', '2', 1],
    ]);
    const buttons = (await findAllByRole('button')).map((b) => [
      squash(b.name),
      b.expanded ?? false,
    ]);
    expect(buttons).to.deep.equal([
      ['Show all sections', false],
      ['Who can apply Show this section', false],
      ['What you need Show this section', false],
      ['How to apply Show this section', false],
    ]);
    expect(await pageText()).to.not.include('Proof of identity and your last three payslips.');
  });

  it('wires each button to its content with aria-controls', async () => {
    const el = await fixture<PlazaAccordion>(guide);
    const section = el.querySelector('plaza-accordion-section')!;
    const button = sectionButton(section);
    const panel = section.shadowRoot!.getElementById(button.getAttribute('aria-controls')!)!;
    expect(panel.querySelector('slot')!.assignedElements()[0].tagName).to.equal('P');
    expect(panel.getAttribute('hidden')).to.equal('until-found');
  });

  it('opens and closes a section with Enter and Space (APG keyboard)', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div><button>Before</button>${guide}</div>`);
    const sections = wrapper.querySelectorAll('plaza-accordion-section');
    const toggles: boolean[] = [];
    wrapper.addEventListener('plaza-toggle', (event) =>
      toggles.push((event as CustomEvent<SectionToggleDetail>).detail.open),
    );
    wrapper.querySelector('button')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(await focusedName()).to.equal('Show all sections');
    await sendKeys({ press: 'Tab' });
    expect(await focusedName()).to.equal('Who can apply Show this section');
    await sendKeys({ press: 'Enter' });
    await sections[0].updateComplete;
    expect(sections[0].open).to.equal(true);
    expect(await focusedName()).to.equal('Who can apply Hide this section');
    expect((await findAllByRole('button')).find((b) => b.focused)?.expanded).to.equal(true);
    expect(await pageText()).to.include(
      'Residents of the state with a household income under the limit.',
    );
    await sendKeys({ press: 'Space' });
    await sections[0].updateComplete;
    expect(sections[0].open).to.equal(false);
    expect(toggles).to.deep.equal([true, false]);
  });

  it('moves between section buttons with the arrow keys, Home and End, wrapping', async () => {
    const el = await fixture<PlazaAccordion>(guide);
    sectionButton(el.children[0]).focus();
    await sendKeys({ press: 'ArrowDown' });
    expect(await focusedName()).to.equal('What you need Show this section');
    await sendKeys({ press: 'End' });
    expect(await focusedName()).to.equal('How to apply Show this section');
    await sendKeys({ press: 'ArrowDown' });
    expect(await focusedName()).to.equal('Who can apply Show this section');
    await sendKeys({ press: 'ArrowUp' });
    expect(await focusedName()).to.equal('How to apply Show this section');
    await sendKeys({ press: 'Home' });
    expect(await focusedName()).to.equal('Who can apply Show this section');
  });

  it('leaves arrow keys alone inside a section’s content', async () => {
    const el = await fixture<PlazaAccordion>(
      html`<plaza-accordion>
        <plaza-accordion-section open>
          <span slot="heading">One</span><input aria-label="Inside" />
        </plaza-accordion-section>
        <plaza-accordion-section><span slot="heading">Two</span></plaza-accordion-section>
      </plaza-accordion>`,
    );
    const input = el.querySelector('input')!;
    input.focus();
    await sendKeys({ press: 'ArrowDown' });
    expect(document.activeElement).to.equal(input);
  });

  it('shows and hides all sections, and its words follow the sections', async () => {
    const el = await fixture<PlazaAccordion>(guide);
    const showAll = el.shadowRoot!.querySelector<HTMLButtonElement>('[part="show-all"]')!;
    showAll.click();
    await settle();
    await el.updateComplete;
    expect([...el.children].map((s) => (s as PlazaAccordionSection).open)).to.deep.equal([
      true,
      true,
      true,
    ]);
    expect(squash(showAll.textContent!)).to.equal('Hide all sections');
    expect(showAll.getAttribute('aria-expanded')).to.equal('true');
    sectionButton(el.children[1]).click();
    await settle();
    await el.updateComplete;
    expect(squash(showAll.textContent!)).to.equal('Show all sections');
    expect(showAll.getAttribute('aria-expanded')).to.equal('false');
    sectionButton(el.children[1]).click();
    await settle();
    await el.updateComplete;
    expect(squash(showAll.textContent!)).to.equal('Hide all sections');
  });

  it('opens and closes every section from script', async () => {
    const el = await fixture<PlazaAccordion>(guide);
    const states = () => [...el.children].map((s) => (s as PlazaAccordionSection).open);
    el.showAll();
    expect(states()).to.deep.equal([true, true, true]);
    expect(el.allOpen).to.equal(true);
    el.hideAll();
    expect(states()).to.deep.equal([false, false, false]);
    expect(el.allOpen).to.equal(false);
  });

  it('keeps open sections open when the language changes, and translates', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div lang="en">${guide}</div>`);
    const el = wrapper.querySelector('plaza-accordion')!;
    sectionButton(el.children[1]).click();
    await settle();
    wrapper.lang = 'es';
    await settle();
    await el.updateComplete;
    await (el.children[1] as PlazaAccordionSection).updateComplete;
    const buttons = (await findAllByRole('button')).map((b) => [
      squash(b.name),
      b.expanded ?? false,
    ]);
    expect(buttons).to.deep.equal([
      ['Mostrar todas las secciones', false],
      ['Who can apply Mostrar esta sección', false],
      ['What you need Ocultar esta sección', true],
      ['How to apply Mostrar esta sección', false],
    ]);
  });

  it('opens a closed section when find-in-page matches its content', async () => {
    const el = await fixture<PlazaAccordion>(guide);
    const section = el.children[2] as PlazaAccordionSection;
    const panel = section.shadowRoot!.querySelector('[part="panel"]')!;
    panel.dispatchEvent(new Event('beforematch'));
    await section.updateComplete;
    expect(section.open).to.equal(true);
    expect(panel.hasAttribute('hidden')).to.equal(false);
  });

  it('takes a heading level, and a section can override it', async () => {
    const el = await fixture<PlazaAccordion>(
      html`<plaza-accordion heading-level="3">
        <plaza-accordion-section><span slot="heading">A</span></plaza-accordion-section>
        <plaza-accordion-section heading-level="4"
          ><span slot="heading">B</span></plaza-accordion-section
        >
      </plaza-accordion>`,
    );
    await (el.children[0] as PlazaAccordionSection).updateComplete;
    const levels = [...el.children].map((section) =>
      sectionButton(section).parentElement!.getAttribute('aria-level'),
    );
    expect(levels).to.deep.equal(['3', '4']);
  });

  it('keeps headings and content in the light DOM', async () => {
    const el = await fixture<PlazaAccordion>(guide);
    expect(el.querySelector('[slot="heading"]')!.textContent).to.equal('Who can apply');
    expect(el.querySelectorAll('p')).to.have.length(3);
  });

  it('fits 320px with 44px buttons and a visible focus ring', async () => {
    await setViewport({ width: 320, height: 640 });
    try {
      const el = await fixture<PlazaAccordion>(
        html`<plaza-accordion>
          <plaza-accordion-section open>
            <span slot="heading">What happens after you apply for help with heating costs</span>
            <p>We will write to you within 30 days with a decision about your application.</p>
          </plaza-accordion-section>
        </plaza-accordion>`,
      );
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
      const button = sectionButton(el.children[0]);
      expect(button.getBoundingClientRect().height).to.be.at.least(44);
      const showAll = el.shadowRoot!.querySelector<HTMLButtonElement>('[part="show-all"]')!;
      expect(showAll.getBoundingClientRect().height).to.be.at.least(44);
      showAll.focus();
      await sendKeys({ press: 'Tab' });
      expect(getComputedStyle(button).outlineStyle).to.equal('solid');
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('lines up from the right in right-to-left pages', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div dir="rtl" style="inline-size: 500px">${guide}</div>`,
    );
    const el = wrapper.querySelector('plaza-accordion')!;
    const button = sectionButton(el.children[0]);
    const text = el.children[0].shadowRoot!.querySelector('.heading-text')!;
    expect(
      Math.round(button.getBoundingClientRect().right - text.getBoundingClientRect().right),
    ).to.equal(0);
  });

  it('points its arrows down when closed and up when open, in both directions', async () => {
    /** Where the chevron's corner (where its two borders meet) points after its transform. */
    const pointing = (chevron: Element) => {
      const style = getComputedStyle(chevron);
      const x = parseFloat(style.borderRightWidth) > 0 ? 1 : -1;
      const y = parseFloat(style.borderBottomWidth) > 0 ? 1 : -1;
      const [a, b, c, d] = new DOMMatrix(style.transform)
        .toFloat64Array()
        .filter((_, i) => [0, 1, 4, 5].includes(i));
      const px = a * x + c * y;
      const py = b * x + d * y;
      return Math.abs(px) > Math.abs(py) ? (px > 0 ? 'right' : 'left') : py > 0 ? 'down' : 'up';
    };
    // Without motion, so the computed transform is the end state, not a frame of the transition.
    await emulateMedia({ reducedMotion: 'reduce' });
    for (const dir of ['ltr', 'rtl']) {
      const wrapper = await fixture<HTMLElement>(html`<div dir=${dir}>${guide}</div>`);
      const el = wrapper.querySelector('plaza-accordion')!;
      const section = el.children[0] as PlazaAccordionSection;
      const showAll = el.shadowRoot!.querySelector('.chevron')!;
      const chevron = () => section.shadowRoot!.querySelector('.chevron')!;
      expect(pointing(chevron()), dir).to.equal('down');
      expect(pointing(showAll), dir).to.equal('down');
      el.showAll();
      await settle();
      await el.updateComplete;
      await section.updateComplete;
      expect(pointing(chevron()), dir).to.equal('up');
      expect(pointing(showAll), dir).to.equal('up');
    }
    await emulateMedia({ reducedMotion: 'no-preference' });
  });

  describe('accessibility (axe) in every state', () => {
    it('closed', async () => {
      await expect(await fixture(guide)).to.be.accessible();
    });
    it('open', async () => {
      const el = await fixture<PlazaAccordion>(guide);
      el.showAll();
      await settle();
      await expect(el).to.be.accessible();
    });
    it('spanish', async () => {
      const el = await fixture(
        html`<div lang="es">
          <plaza-accordion>
            <plaza-accordion-section open>
              <span slot="heading">Quién puede solicitar</span>
              <p>Residentes del estado con ingresos por debajo del límite.</p>
            </plaza-accordion-section>
          </plaza-accordion>
        </div>`,
      );
      await expect(el).to.be.accessible();
    });
    it('rtl', async () => {
      const el = await fixture(
        html`<div dir="rtl" lang="ar">
          <plaza-accordion>
            <plaza-accordion-section open>
              <span slot="heading">من يمكنه التقديم</span>
              <p>سكان الولاية.</p>
            </plaza-accordion-section>
          </plaza-accordion>
        </div>`,
      );
      await expect(el).to.be.accessible();
    });
  });
});

pageFrameHoldsSuite({
  tag: 'plaza-accordion',
  example: () => guide,
  forcedColors: [
    {
      name: 'show all sections button',
      find: (host) => host.shadowRoot!.querySelector('.controls button'),
      property: 'color',
      system: 'LinkText',
    },
    {
      name: 'section toggle',
      find: (host) =>
        host.querySelector('plaza-accordion-section')!.shadowRoot!.querySelector('.toggle'),
      property: 'color',
      system: 'LinkText',
    },
    {
      name: 'line above the sections',
      find: (host) => host.shadowRoot!.querySelector('.sections'),
      property: 'border-top-color',
      system: 'CanvasText',
    },
  ],
  tabStops: 4,
});

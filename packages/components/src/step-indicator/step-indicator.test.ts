import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import './plaza-step-indicator.js';
import { pageFrameHoldsSuite } from '../../test/support/page-frame-holds.js';
import { PlazaStepIndicator } from './step-indicator.js';
import { findAllByRole } from '../../test/support/accessibility-tree.js';
import { text } from '../../test/support/text.js';

const settle = (ms = 0) => new Promise((resolve) => setTimeout(resolve, ms));

const steps = html`<plaza-step-indicator current="2">
  <span>Personal details</span>
  <span>Household</span>
  <span>Income</span>
  <span>Review</span>
</plaza-step-indicator>`;

describe('<plaza-step-indicator>', () => {
  it('announces "Step 2 of 4" and the step name as a heading', async () => {
    await fixture(steps);
    const [heading] = await findAllByRole('heading');
    expect(heading.level).to.equal(2);
    expect(heading.name.replace(/\s+/g, ' ')).to.equal('Step 2 of 4 Household');
  });

  it('marks the current step with aria-current and says which steps are done', async () => {
    const el = await fixture<PlazaStepIndicator>(steps);
    const items = [...el.shadowRoot!.querySelectorAll('ol > li')];
    expect(items.map((li) => li.getAttribute('aria-current'))).to.deep.equal([
      null,
      'step',
      null,
      null,
    ]);
    expect(items.map((li) => li.className)).to.deep.equal([
      'complete',
      'current',
      'upcoming',
      'upcoming',
    ]);
    expect(text(items[0].querySelector('.visually-hidden'))).to.equal('completed');
    expect(text(items[2].querySelector('.visually-hidden'))).to.equal('not completed');
    const texts = (await findAllByRole('StaticText')).map((n) => n.name.trim()).filter(Boolean);
    expect(texts.slice(0, 4)).to.deep.equal([
      'Personal details',
      'completed',
      'Household',
      'Income',
    ]);
  });

  it('keeps the step names in the light DOM, one per list item', async () => {
    const el = await fixture<PlazaStepIndicator>(steps);
    const slot = el.shadowRoot!.querySelectorAll('slot')[2];
    expect(slot.assignedElements()).to.deep.equal([el.children[2]]);
    expect(el.shadowRoot!.querySelector('ol')!.getAttribute('aria-label')).to.equal('Progress');
  });

  it('differs by shape, not only colour: filled, taller, outlined', async () => {
    const el = await fixture<PlazaStepIndicator>(steps);
    const [done, now, later] = [...el.shadowRoot!.querySelectorAll('.segment')].map((s) =>
      getComputedStyle(s),
    );
    expect(done.backgroundColor).to.equal(done.borderTopColor);
    expect(parseFloat(now.height)).to.be.greaterThan(parseFloat(done.height));
    expect(later.backgroundColor).to.not.equal(later.borderTopColor);
  });

  it('announces the new step when current changes without a page load', async () => {
    const el = await fixture<PlazaStepIndicator>(steps);
    el.current = 3;
    await el.updateComplete;
    await settle(100);
    const region = document.querySelector('[data-plaza-announcer] [aria-live="polite"]')!;
    expect(region.textContent).to.equal('Step 3 of 4: Income');
    expect((await findAllByRole('heading'))[0].name.replace(/\s+/g, ' ')).to.equal(
      'Step 3 of 4 Income',
    );
  });

  it('clamps current to the steps there are, and follows steps added later', async () => {
    const el = await fixture<PlazaStepIndicator>(
      html`<plaza-step-indicator current="9">
        <span>One</span><span>Two</span>
      </plaza-step-indicator>`,
    );
    expect(text(el.shadowRoot!.querySelector('.counter'))).to.equal('Step 2 of 2');
    const extra = document.createElement('span');
    extra.textContent = 'Three';
    el.append(extra);
    await settle();
    await el.updateComplete;
    expect(text(el.shadowRoot!.querySelector('.counter'))).to.equal('Step 3 of 3');
  });

  it('speaks Spanish and takes a heading level', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div lang="es">
        <plaza-step-indicator current="1" heading-level="3">
          <span>Datos personales</span><span>Hogar</span>
        </plaza-step-indicator>
      </div>`,
    );
    const [heading] = await findAllByRole('heading');
    expect(heading.level).to.equal(3);
    expect(heading.name.replace(/\s+/g, ' ')).to.equal('Paso 1 de 2 Datos personales');
    const el = wrapper.querySelector('plaza-step-indicator')!;
    expect(text(el.shadowRoot!.querySelector('li.upcoming .visually-hidden'))).to.equal(
      'no completado',
    );
  });

  it('hides the names visually at 320px, keeps them for screen readers, and does not overflow', async () => {
    await setViewport({ width: 320, height: 640 });
    try {
      const el = await fixture<PlazaStepIndicator>(
        html`<plaza-step-indicator current="3">
          <span>Personal details</span><span>Household members</span><span>Income</span>
          <span>Housing costs</span><span>Review your answers</span><span>Declaration</span>
        </plaza-step-indicator>`,
      );
      const name = el.shadowRoot!.querySelector<HTMLElement>('.name')!;
      expect(name.getBoundingClientRect().width).to.be.at.most(1);
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
      const texts = (await findAllByRole('StaticText')).map((n) => n.name.trim());
      expect(texts).to.include('Household members');
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('runs right to left in RTL pages', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div dir="rtl">${steps}</div>`);
    const segments = wrapper
      .querySelector('plaza-step-indicator')!
      .shadowRoot!.querySelectorAll('.segment');
    expect(segments[0].getBoundingClientRect().left).to.be.greaterThan(
      segments[1].getBoundingClientRect().left,
    );
  });

  describe('accessibility (axe) in every state', () => {
    it('default', async () => {
      await expect(await fixture(steps)).to.be.accessible();
    });
    it('first and last step', async () => {
      const first = await fixture(
        html`<plaza-step-indicator current="1">
          <span>A</span><span>B</span>
        </plaza-step-indicator>`,
      );
      await expect(first).to.be.accessible();
      const last = await fixture(
        html`<plaza-step-indicator current="2">
          <span>A</span><span>B</span>
        </plaza-step-indicator>`,
      );
      await expect(last).to.be.accessible();
    });
    it('spanish', async () => {
      const el = await fixture(
        html`<div lang="es">
          <plaza-step-indicator current="2"
            ><span>Datos</span><span>Hogar</span></plaza-step-indicator
          >
        </div>`,
      );
      await expect(el).to.be.accessible();
    });
    it('rtl', async () => {
      const el = await fixture(
        html`<div dir="rtl" lang="ar">
          <plaza-step-indicator current="2"
            ><span>البيانات</span><span>الأسرة</span></plaza-step-indicator
          >
        </div>`,
      );
      await expect(el).to.be.accessible();
    });
  });
});

pageFrameHoldsSuite({
  tag: 'plaza-step-indicator',
  example: () => steps,
  forcedColors: [
    {
      name: 'upcoming segment outline',
      find: (host) => host.shadowRoot!.querySelector('.upcoming .segment'),
      property: 'border-top-color',
      system: 'CanvasText',
    },
    {
      name: 'current segment filled',
      find: (host) => host.shadowRoot!.querySelector('.current .segment'),
      property: 'background-color',
      system: 'CanvasText',
    },
    {
      name: 'completed segment filled',
      find: (host) => host.shadowRoot!.querySelector('.complete .segment'),
      property: 'background-color',
      system: 'CanvasText',
    },
  ],
  tabStops: 0,
});

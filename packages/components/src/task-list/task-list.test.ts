import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import './plaza-task-list.js';
import { pageFrameHoldsSuite } from '../../test/support/page-frame-holds.js';
import { PlazaTaskList } from './task-list.js';
import { findAllByRole } from '../../test/support/accessibility-tree.js';
import { text } from '../../test/support/text.js';

const settle = () => new Promise((resolve) => setTimeout(resolve));

const application = html`<plaza-task-list show-progress>
  <plaza-task-list-item status="completed"
    ><a href="#details">Your details</a></plaza-task-list-item
  >
  <plaza-task-list-item status="in-progress" href="#household"
    >Your household<span slot="hint">Everyone who lives with you</span></plaza-task-list-item
  >
  <plaza-task-list-item status="error"><a href="#income">Income</a></plaza-task-list-item>
  <plaza-task-list-item status="not-started"
    ><a href="#housing">Housing costs</a></plaza-task-list-item
  >
  <plaza-task-list-item status="cannot-start"><a href="#submit">Submit</a></plaza-task-list-item>
</plaza-task-list>`;

describe('<plaza-task-list>', () => {
  it('describes each task link by its hint and status', async () => {
    await fixture(application);
    const links = await findAllByRole('link');
    expect(links.map((l) => [l.name, l.description])).to.deep.equal([
      ['Your details', 'Completed'],
      ['Your household', 'Everyone who lives with you In progress'],
      ['Income', 'There is a problem'],
      ['Housing costs', 'Not yet started'],
    ]);
  });

  it('has no link for a task that cannot start yet, and says so in words', async () => {
    const el = await fixture<PlazaTaskList>(application);
    const last = el.shadowRoot!.querySelectorAll('li')[4];
    expect(last.querySelector('a')).to.equal(null);
    expect(text(last)).to.equal('Submit Cannot start yet');
  });

  it('shows statuses in words, as tags where they need attention', async () => {
    const el = await fixture<PlazaTaskList>(application);
    const statuses = [...el.shadowRoot!.querySelectorAll('[part="status"]')];
    expect(statuses.map((s) => text(s))).to.deep.equal([
      'Completed',
      'In progress',
      'There is a problem',
      'Not yet started',
      'Cannot start yet',
    ]);
    expect(statuses.map((s) => s.querySelector('plaza-tag')?.variant ?? null)).to.deep.equal([
      null,
      'info',
      'error',
      'info',
      null,
    ]);
  });

  it('counts completed tasks, with plurals', async () => {
    const el = await fixture<PlazaTaskList>(application);
    expect(text(el.shadowRoot!.querySelector('[part="progress"]'))).to.equal(
      'You have completed 1 of 5 sections',
    );
    el.querySelectorAll('plaza-task-list-item')[1].setAttribute('status', 'completed');
    await settle();
    await el.updateComplete;
    expect(text(el.shadowRoot!.querySelector('[part="progress"]'))).to.equal(
      'You have completed 2 of 5 sections',
    );
  });

  it('makes the whole row the target, at least 44px tall', async () => {
    const el = await fixture<PlazaTaskList>(application);
    const row = el.shadowRoot!.querySelector('li')!;
    const box = row.getBoundingClientRect();
    expect(box.height).to.be.at.least(44);
    const hit = el.shadowRoot!.elementFromPoint(box.right - 5, box.top + box.height / 2);
    expect(hit).to.equal(row.querySelector('a'));
  });

  it('moves through the task links with Tab, with a visible focus ring', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div><button>Before</button>${application}</div>`,
    );
    wrapper.querySelector('button')!.focus();
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    const focused = wrapper.querySelector('plaza-task-list')!.shadowRoot!.activeElement!;
    expect(focused.textContent).to.equal('Your household');
    expect(getComputedStyle(focused, '::after').outlineStyle).to.equal('solid');
    expect((await findAllByRole('link')).find((l) => l.focused)?.name).to.equal('Your household');
  });

  it('keeps names and links in the light DOM, and redraws when they change', async () => {
    const el = await fixture<PlazaTaskList>(application);
    const anchor = el.querySelector('a')!;
    expect(anchor.getAttribute('href')).to.equal('#details');
    anchor.textContent = 'Personal details';
    await settle();
    await el.updateComplete;
    expect((await findAllByRole('link'))[0].name).to.equal('Personal details');
  });

  it('speaks Spanish, and follows a language change', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div lang="es">
        <plaza-task-list show-progress>
          <plaza-task-list-item status="completed"><a href="#d">Sus datos</a></plaza-task-list-item>
          <plaza-task-list-item status="not-started"
            ><a href="#i">Ingresos</a></plaza-task-list-item
          >
        </plaza-task-list>
      </div>`,
    );
    const list = wrapper.querySelector('plaza-task-list')!;
    expect(text(list.shadowRoot!.querySelector('[part="progress"]'))).to.equal(
      'Ha completado 1 de 2 secciones',
    );
    expect((await findAllByRole('link')).map((l) => l.description)).to.deep.equal([
      'Completado',
      'No iniciado',
    ]);
    wrapper.lang = 'en';
    await settle();
    await list.updateComplete;
    expect((await findAllByRole('link'))[0].description).to.equal('Completed');
  });

  it('fits 320px: status moves under the name, nothing overflows', async () => {
    await setViewport({ width: 320, height: 640 });
    try {
      const el = await fixture<PlazaTaskList>(
        html`<plaza-task-list>
          <plaza-task-list-item status="cannot-start"
            >Tell us about your household's housing and utility costs</plaza-task-list-item
          >
        </plaza-task-list>`,
      );
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
      const name = el.shadowRoot!.querySelector('.name')!.getBoundingClientRect();
      const status = el.shadowRoot!.querySelector('.status')!.getBoundingClientRect();
      expect(status.top).to.be.at.least(name.bottom - 1);
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  describe('accessibility (axe) in every state', () => {
    it('every status', async () => {
      await expect(await fixture(application)).to.be.accessible();
    });
    it('spanish', async () => {
      const el = await fixture(
        html`<div lang="es">
          <plaza-task-list>
            <plaza-task-list-item status="error"><a href="#i">Ingresos</a></plaza-task-list-item>
          </plaza-task-list>
        </div>`,
      );
      await expect(el).to.be.accessible();
    });
    it('rtl', async () => {
      const el = await fixture(
        html`<div lang="ar" dir="rtl">
          <plaza-task-list>
            <plaza-task-list-item status="completed" status-text="مكتمل"
              ><a href="#d">بياناتك</a></plaza-task-list-item
            >
          </plaza-task-list>
        </div>`,
      );
      await expect(el).to.be.accessible();
    });
  });
});

pageFrameHoldsSuite({
  tag: 'plaza-task-list',
  example: () => application,
  forcedColors: [
    {
      name: 'task link',
      find: (host) => host.shadowRoot!.querySelector('a'),
      property: 'color',
      system: 'LinkText',
    },
    {
      name: 'divider between tasks',
      find: (host) => host.shadowRoot!.querySelector('.item'),
      property: 'border-bottom-color',
      system: 'CanvasText',
    },
  ],
  tabStops: 4,
  // The link's ::after covers its row: the row is the target.
  targetOf: (link) => link.closest('li')!,
});

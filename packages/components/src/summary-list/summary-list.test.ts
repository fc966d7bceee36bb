import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import './plaza-summary-list.js';
import { pageFrameHoldsSuite } from '../../test/support/page-frame-holds.js';
import { PlazaSummaryList } from './summary-list.js';
import { findAllByRole } from '../../test/support/accessibility-tree.js';
import { text } from '../../test/support/text.js';

const settle = () => new Promise((resolve) => setTimeout(resolve));

const answers = html`<plaza-summary-list>
  <plaza-summary-list-row href="#name"
    ><span slot="question">Name</span>Ada Lovelace</plaza-summary-list-row
  >
  <plaza-summary-list-row href="#dob"
    ><span slot="question">Date of birth</span>10 December 1815</plaza-summary-list-row
  >
  <plaza-summary-list-row key="Address" href="#address"
    >1 Main Street<br />Springfield<br />IL 62701</plaza-summary-list-row
  >
  <plaza-summary-list-row key="SNAP case number">Not provided</plaza-summary-list-row>
</plaza-summary-list>`;

describe('<plaza-summary-list>', () => {
  it('draws one <dl> with a <dt>/<dd> pair per row', async () => {
    const el = await fixture<PlazaSummaryList>(answers);
    const rows = el.shadowRoot!.querySelectorAll('dl > div.row');
    expect(rows).to.have.length(4);
    expect([...rows].map((row) => text(row.querySelector('dt')))).to.deep.equal([
      'Name',
      'Date of birth',
      'Address',
      'SNAP case number',
    ]);
    expect(text(rows[1].querySelector('dd.value'))).to.equal('10 December 1815');
    expect(rows[2].querySelectorAll('dd.value br')).to.have.length(2);
    expect(rows[3].querySelector('dd.actions')).to.equal(null);
  });

  it('names each Change link with its question', async () => {
    await fixture(answers);
    const links = await findAllByRole('link');
    expect(links.map((l) => l.name)).to.deep.equal([
      'Change name',
      'Change date of birth',
      'Change address',
    ]);
  });

  it('keeps capitals that are not just the start of a sentence, and takes overrides', async () => {
    await fixture(
      html`<plaza-summary-list>
        <plaza-summary-list-row key="SNAP case number" href="#c">123</plaza-summary-list-row>
        <plaza-summary-list-row key="Children" href="#k" action="Add" action-label="another child"
          >2</plaza-summary-list-row
        >
      </plaza-summary-list>`,
    );
    const links = await findAllByRole('link');
    expect(links.map((l) => l.name)).to.deep.equal([
      'Change SNAP case number',
      'Add another child',
    ]);
  });

  it('reads question, answer, then the action, in order', async () => {
    await fixture(
      html`<plaza-summary-list>
        <plaza-summary-list-row key="Date of birth" href="#dob"
          >10 December 1815</plaza-summary-list-row
        >
      </plaza-summary-list>`,
    );
    const texts = (await findAllByRole('StaticText')).map((n) => n.name.trim()).filter(Boolean);
    expect(texts.slice(0, 3)).to.deep.equal(['Date of birth', '10 December 1815', 'Change']);
  });

  it('moves between the Change links with Tab, with a visible focus ring', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div><button>Before</button>${answers}</div>`);
    wrapper.querySelector('button')!.focus();
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    const list = wrapper.querySelector('plaza-summary-list')!;
    const focused = list.shadowRoot!.activeElement as HTMLAnchorElement;
    expect(focused.getAttribute('href')).to.equal('#dob');
    expect(getComputedStyle(focused).outlineStyle).to.equal('solid');
    expect(focused.getBoundingClientRect().height).to.be.at.least(24);
    const links = await findAllByRole('link');
    expect(links.find((l) => l.focused)?.name).to.equal('Change date of birth');
  });

  it('redraws when a row changes, is added or removed', async () => {
    const el = await fixture<PlazaSummaryList>(answers);
    const row = el.querySelector('plaza-summary-list-row')!;
    row.lastChild!.textContent = 'Grace Hopper';
    await settle();
    await el.updateComplete;
    expect(text(el.shadowRoot!.querySelector('dd.value'))).to.equal('Grace Hopper');
    row.remove();
    await settle();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('.row')).to.have.length(3);
    const added = document.createElement('plaza-summary-list-row');
    added.setAttribute('key', 'Email');
    added.setAttribute('href', '#email');
    added.textContent = 'ada@example.gov';
    el.append(added);
    await settle();
    await el.updateComplete;
    expect((await findAllByRole('link')).map((l) => l.name)).to.include('Change email');
  });

  it('speaks Spanish, and follows a language change', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div lang="es">
        <plaza-summary-list>
          <plaza-summary-list-row key="Fecha de nacimiento" href="#f"
            >10 de diciembre de 1815</plaza-summary-list-row
          >
        </plaza-summary-list>
      </div>`,
    );
    expect((await findAllByRole('link'))[0].name).to.equal('Cambiar fecha de nacimiento');
    wrapper.lang = 'en';
    await settle();
    await wrapper.querySelector('plaza-summary-list')!.updateComplete;
    expect((await findAllByRole('link'))[0].name).to.equal('Change fecha de nacimiento');
  });

  it('stacks question, answer and action at 320px, without overflowing', async () => {
    await setViewport({ width: 320, height: 640 });
    try {
      const list = await fixture<PlazaSummaryList>(
        html`<plaza-summary-list>
          <plaza-summary-list-row key="Address" href="#a"
            >1 Main Street, Springfield, Illinois 62701-0001</plaza-summary-list-row
          >
        </plaza-summary-list>`,
      );
      const row = list.shadowRoot!.querySelector('.row')!;
      const dt = row.querySelector('dt')!.getBoundingClientRect();
      const dd = row.querySelector('dd.value')!.getBoundingClientRect();
      const action = row.querySelector('dd.actions')!.getBoundingClientRect();
      expect(dd.top).to.be.at.least(dt.bottom);
      expect(action.top).to.be.at.least(dd.bottom);
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  describe('accessibility (axe) in every state', () => {
    it('with actions', async () => {
      await expect(await fixture(answers)).to.be.accessible();
    });
    it('without actions', async () => {
      const el = await fixture(
        html`<plaza-summary-list>
          <plaza-summary-list-row key="Name">Ada Lovelace</plaza-summary-list-row>
        </plaza-summary-list>`,
      );
      await expect(el).to.be.accessible();
    });
    it('spanish', async () => {
      const el = await fixture(
        html`<div lang="es">
          <plaza-summary-list>
            <plaza-summary-list-row key="Nombre" href="#n">Ada Lovelace</plaza-summary-list-row>
          </plaza-summary-list>
        </div>`,
      );
      await expect(el).to.be.accessible();
    });
    it('rtl', async () => {
      const el = await fixture(
        html`<div lang="ar" dir="rtl">
          <plaza-summary-list>
            <plaza-summary-list-row key="الاسم" href="#n" action="تغيير"
              >عائشة</plaza-summary-list-row
            >
          </plaza-summary-list>
        </div>`,
      );
      await expect(el).to.be.accessible();
    });
  });
});

pageFrameHoldsSuite({
  tag: 'plaza-summary-list',
  example: () => answers,
  forcedColors: [
    {
      name: 'row divider',
      find: (host) => host.shadowRoot!.querySelector('.row'),
      property: 'border-bottom-color',
      system: 'CanvasText',
    },
    {
      name: 'change link',
      find: (host) => host.shadowRoot!.querySelector('a'),
      property: 'color',
      system: 'LinkText',
    },
  ],
  tabStops: 3,
});

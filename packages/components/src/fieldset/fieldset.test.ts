import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../text-field/plaza-text-field.js';
import './plaza-fieldset.js';
import type { PlazaFieldset } from './fieldset.js';
import { queryAccessible } from '../../test/support/accessibility-tree.js';
import { text } from '../../test/support/text.js';
import { accessibleInEveryState } from '../../test/support/accessible-states.js';

const describedBy = (element: Element) =>
  (element.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .filter(Boolean)
    .map((id) => text((element.getRootNode() as ShadowRoot).getElementById(id)))
    .join(' ');
const wait = () => new Promise((resolve) => setTimeout(resolve));

const address = html`<plaza-fieldset
  legend="What is your address?"
  hint="We will send your card here"
>
  <plaza-text-field name="line1" label="Address line 1"></plaza-text-field>
  <plaza-text-field name="town" label="Town or city"></plaza-text-field>
</plaza-fieldset>`;

describe('<plaza-fieldset>', () => {
  it('groups its slotted fields in a native fieldset named by the legend and described by the hint', async () => {
    const group = await fixture<PlazaFieldset>(address);
    const fieldset = group.shadowRoot!.querySelector('fieldset')!;
    expect(fieldset.firstElementChild!.localName).to.equal('legend');
    expect(text(fieldset.firstElementChild)).to.equal('What is your address?');
    expect(describedBy(fieldset)).to.equal('We will send your card here');
    const slot = fieldset.querySelector<HTMLSlotElement>('slot:not([name])')!;
    expect(slot.assignedElements().map((element) => element.getAttribute('name'))).to.deep.equal([
      'line1',
      'town',
    ]);
    expect(await queryAccessible((node) => node.role === 'heading')).to.equal(null);
  });

  it('submits nothing itself: its fields submit with the form and keep the tab order', async () => {
    const form = await fixture<HTMLFormElement>(html`<form>${address}</form>`);
    const [line1, town] = [...form.querySelectorAll('plaza-text-field')];
    line1.shadowRoot!.querySelector('input')!.focus();
    await sendKeys({ type: '1 Main St' });
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement === town, 'Tab moves to the next field').to.equal(true);
    await sendKeys({ type: 'Salem' });
    expect([...new FormData(form)]).to.deep.equal([
      ['line1', '1 Main St'],
      ['town', 'Salem'],
    ]);
  });

  it('shows a group error with a hidden "Error:" prefix that describes the fieldset', async () => {
    const group = await fixture<PlazaFieldset>(
      html`<plaza-fieldset
        legend="What is your address?"
        hint="We will send your card here"
        error="Enter your address"
      ></plaza-fieldset>`,
    );
    const fieldset = group.shadowRoot!.querySelector('fieldset')!;
    expect(fieldset.classList.contains('has-error')).to.equal(true);
    expect(describedBy(fieldset)).to.equal('We will send your card here Error: Enter your address');
    group.error = '';
    await group.updateComplete;
    expect(group.shadowRoot!.querySelector('[part="error-message"]')).to.equal(null);
    expect(describedBy(fieldset)).to.equal('We will send your card here');
  });

  it('puts the legend in a heading of the chosen level when it is the page heading', async () => {
    const group = await fixture<PlazaFieldset>(
      html`<plaza-fieldset legend="What is your address?" page-heading></plaza-fieldset>`,
    );
    expect(group.shadowRoot!.querySelector('legend > h1')).not.to.equal(null);
    let heading = await queryAccessible((node) => node.role === 'heading');
    expect(heading?.name).to.equal('What is your address?');
    expect(heading?.level).to.equal(1);
    group.headingLevel = 2;
    await group.updateComplete;
    expect(group.shadowRoot!.querySelector('legend > h2')).not.to.equal(null);
    heading = await queryAccessible((node) => node.role === 'heading');
    expect(heading?.level).to.equal(2);
  });

  it('takes rich legend and hint content from slots', async () => {
    const group = await fixture<PlazaFieldset>(
      html`<plaza-fieldset>
        <span slot="legend">Your <em>home</em> address</span>
        <span slot="hint">Not a <a href="#po">PO box</a></span>
      </plaza-fieldset>`,
    );
    const fieldset = group.shadowRoot!.querySelector('fieldset')!;
    const legendSlot = fieldset.querySelector<HTMLSlotElement>('slot[name="legend"]')!;
    expect(text(legendSlot.assignedElements()[0])).to.equal('Your home address');
    expect(fieldset.getAttribute('aria-describedby')).to.equal('hint');
    const hintSlot = fieldset.querySelector<HTMLSlotElement>('#hint slot[name="hint"]')!;
    expect(text(hintSlot.assignedElements()[0])).to.equal('Not a PO box');
  });

  it('takes a rich hint slotted after it connects', async () => {
    const group = await fixture<PlazaFieldset>(
      html`<plaza-fieldset legend="What is your address?"></plaza-fieldset>`,
    );
    const fieldset = group.shadowRoot!.querySelector('fieldset')!;
    expect(fieldset.hasAttribute('aria-describedby')).to.equal(false);
    const hint = Object.assign(document.createElement('span'), { slot: 'hint' });
    hint.textContent = 'Where you live now';
    group.append(hint);
    // Mutation observers report in a microtask; one task later the update they asked for is due.
    await new Promise((resolve) => setTimeout(resolve));
    await group.updateComplete;
    expect(fieldset.getAttribute('aria-describedby')).to.equal('hint');
    const hintSlot = fieldset.querySelector<HTMLSlotElement>('#hint slot[name="hint"]')!;
    expect(text(hintSlot.assignedElements()[0])).to.equal('Where you live now');
  });

  it('says "Error:" in Spanish pages and keeps the fields when the language changes', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div lang="es">
        <plaza-fieldset legend="¿Cuál es su dirección?" error="Ingrese su dirección">
          <plaza-text-field name="town" label="Ciudad" value="Salem"></plaza-text-field>
        </plaza-fieldset>
      </div>`,
    );
    const group = wrapper.querySelector('plaza-fieldset')!;
    expect(text(group.shadowRoot!.querySelector('[part="error-message"]'))).to.equal(
      'Error: Ingrese su dirección',
    );
    wrapper.setAttribute('lang', 'en');
    await wait();
    await group.updateComplete;
    expect(wrapper.querySelector('plaza-text-field')!.value).to.equal('Salem');
  });

  it('reports a missing legend', async () => {
    const errors: string[] = [];
    const original = console.error;
    console.error = (message: string) => errors.push(message);
    try {
      await fixture(html`<plaza-fieldset></plaza-fieldset>`);
    } finally {
      console.error = original;
    }
    expect(errors[0]).to.contain('<plaza-fieldset> needs a legend');
  });

  describe('accessibility (axe) in every state', () => {
    const states = {
      default: address,
      error: html`<plaza-fieldset legend="What is your address?" error="Enter your address">
        <plaza-text-field name="line1" label="Address line 1"></plaza-text-field>
      </plaza-fieldset>`,
      heading: html`<plaza-fieldset legend="What is your address?" page-heading heading-level="2">
        <plaza-text-field name="line1" label="Address line 1"></plaza-text-field>
      </plaza-fieldset>`,
      disabledFields: html`<plaza-fieldset legend="What is your address?">
        <plaza-text-field name="line1" label="Address line 1" disabled></plaza-text-field>
      </plaza-fieldset>`,
      spanish: html`<div lang="es">
        <plaza-fieldset
          legend="¿Cuál es su dirección?"
          hint="Le enviaremos su tarjeta aquí"
          error="Ingrese su dirección"
        >
          <plaza-text-field name="town" label="Ciudad"></plaza-text-field>
        </plaza-fieldset>
      </div>`,
      rtl: html`<div dir="rtl" lang="ar">
        <plaza-fieldset legend="ما هو عنوانك؟" error="أدخل عنوانك">
          <plaza-text-field name="town" label="المدينة"></plaza-text-field>
        </plaza-fieldset>
      </div>`,
    };
    accessibleInEveryState(states, fixture);
  });
});

import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { announce } from '@plaza/core';
import { findAccessible } from '../../test/support/accessibility-tree.js';
import { formAssociationSuite } from '../../test/support/form-association.js';
import '../text-field/plaza-text-field.js';
import './plaza-radio-group.js';
import type { PlazaTextField } from '../text-field/text-field.js';
import type { PlazaRadioGroup } from './radio-group.js';
import { errorText, text } from '../../test/support/text.js';
import { accessibleInEveryState } from '../../test/support/accessible-states.js';

const radios = (group: PlazaRadioGroup) => [
  ...group.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type="radio"]'),
];
const radio = (group: PlazaRadioGroup, value: string) =>
  radios(group).find((input) => input.value === value)!;
/** The text an element's aria-describedby points at, as a screen reader would read it. */
const describedBy = (element: Element) =>
  (element.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => text((element.getRootNode() as ShadowRoot).getElementById(id)))
    .join(' ');
const wait = (ms = 0) => new Promise((resolve) => setTimeout(resolve, ms));

const CONTACT = `<plaza-radio value="email" label="Email" hint="We will reply within 2 days"></plaza-radio>
  <plaza-radio value="phone" label="Phone"></plaza-radio>
  <plaza-radio value="post" label="Post"></plaza-radio>`;

/** Clicks the option's label, as a user would. */
async function clickOption(group: PlazaRadioGroup, value: string) {
  const id = radio(group, value).id;
  group.shadowRoot!.querySelector<HTMLLabelElement>(`label[for="${id}"]`)!.click();
  await group.updateComplete;
}

formAssociationSuite<PlazaRadioGroup>({
  tag: 'plaza-radio-group',
  attributes: { label: 'How should we contact you?' },
  content: CONTACT,
  fill: async (group) => {
    radios(group)[0].focus();
    await sendKeys({ press: 'Space' });
    await group.updateComplete;
  },
  emptyValue: [],
  filledValue: 'email',
  withDefault: { attributes: {}, value: [] },
  restore: { state: 'post', value: 'post' },
});

describe('<plaza-radio-group>', () => {
  it('draws one native radio per option inside a fieldset named by its legend', async () => {
    const group = await fixture<PlazaRadioGroup>(
      html`<plaza-radio-group label="How should we contact you?" .innerHTML=${CONTACT}>
      </plaza-radio-group>`,
    );
    expect(radios(group).map((input) => input.value)).to.deep.equal(['email', 'phone', 'post']);
    expect(group.shadowRoot!.querySelector('fieldset > legend')).not.to.equal(null);
    // Chromium's snapshot leaves out groups, so check the native wiring that names the fieldset.
    const fieldset = group.shadowRoot!.querySelector('fieldset')!;
    expect(fieldset.firstElementChild!.localName).to.equal('legend');
    expect(text(fieldset.firstElementChild)).to.equal('How should we contact you? (optional)');
    const email = await findAccessible((node) => node.role === 'radio' && node.name === 'Email');
    expect(email.description).to.equal('We will reply within 2 days');
  });

  it('chooses with a click on the label and submits only the chosen value', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form>
        <plaza-radio-group name="contact" label="Contact" .innerHTML=${CONTACT}></plaza-radio-group>
      </form>`,
    );
    const group = form.querySelector('plaza-radio-group')!;
    expect(new FormData(form).getAll('contact')).to.deep.equal([]);
    const changed = oneEvent(group, 'change');
    await clickOption(group, 'phone');
    await changed;
    expect(group.value).to.equal('phone');
    expect(radio(group, 'phone').checked).to.equal(true);
    expect(new FormData(form).getAll('contact')).to.deep.equal(['phone']);
    await clickOption(group, 'post');
    expect(radio(group, 'phone').checked).to.equal(false);
    expect(new FormData(form).getAll('contact')).to.deep.equal(['post']);
  });

  it('has one tab stop and the native arrow keys, which move and choose', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form>
        <input aria-label="before" />
        <plaza-radio-group name="contact" label="Contact" .innerHTML=${CONTACT}></plaza-radio-group>
        <input aria-label="after" />
      </form>`,
    );
    const group = form.querySelector('plaza-radio-group')!;
    const inputs: string[] = [];
    group.addEventListener('input', () => inputs.push(group.value));
    form.querySelector<HTMLInputElement>('[aria-label="before"]')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(group.shadowRoot!.activeElement).to.equal(radios(group)[0]);
    await sendKeys({ press: 'ArrowDown' });
    await group.updateComplete;
    expect(group.value).to.equal('phone');
    expect(group.shadowRoot!.activeElement).to.equal(radio(group, 'phone'));
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    await group.updateComplete;
    expect(group.value, 'arrows wrap around like native radios').to.equal('email');
    expect(inputs).to.deep.equal(['phone', 'post', 'email']);
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement!.getAttribute('aria-label')).to.equal('after');
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    expect(group.shadowRoot!.activeElement, 'back to the chosen radio').to.equal(
      radio(group, 'email'),
    );
  });

  it('starts on the option marked checked and returns to it on reset', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form>
        <plaza-radio-group name="contact" label="Contact">
          <plaza-radio value="email" label="Email"></plaza-radio>
          <plaza-radio value="phone" label="Phone" checked></plaza-radio>
        </plaza-radio-group>
      </form>`,
    );
    const group = form.querySelector('plaza-radio-group')!;
    expect(radio(group, 'phone').checked).to.equal(true);
    expect(new FormData(form).get('contact')).to.equal('phone');
    await clickOption(group, 'email');
    form.reset();
    await group.updateComplete;
    expect(radio(group, 'phone').checked).to.equal(true);
    expect(radio(group, 'email').checked).to.equal(false);
    expect(new FormData(form).get('contact')).to.equal('phone');
  });

  it('says "Select ..." when required and nothing is chosen, on submit only', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form>
        <plaza-radio-group
          name="contact"
          label="How should we contact you?"
          error-name="how we should contact you"
          required
          .innerHTML=${CONTACT}
        ></plaza-radio-group>
      </form>`,
    );
    const group = form.querySelector('plaza-radio-group')!;
    radios(group)[0].focus();
    radios(group)[0].blur();
    await group.updateComplete;
    expect(errorText(group)).to.equal(null);
    form.requestSubmit();
    // Focus moves once the submit attempt is over (the next task).
    await new Promise((resolve) => setTimeout(resolve));
    await group.updateComplete;
    expect(errorText(group)).to.equal('Error: Select how we should contact you');
    expect(group.shadowRoot!.activeElement, 'focus goes to the first radio').to.equal(
      radios(group)[0],
    );
    expect(describedBy(group.shadowRoot!.querySelector('fieldset')!)).to.equal(
      'Error: Select how we should contact you',
    );
    expect(radios(group)[0].getAttribute('aria-invalid')).to.equal('true');
    await clickOption(group, 'post');
    expect(errorText(group)).to.equal(null);
    expect(radios(group)[0].getAttribute('aria-invalid')).to.equal(null);
  });

  it('follows options added or changed later', async () => {
    const group = await fixture<PlazaRadioGroup>(
      html`<plaza-radio-group label="Contact" .innerHTML=${CONTACT}></plaza-radio-group>`,
    );
    await clickOption(group, 'phone');
    const added = document.createElement('plaza-radio');
    added.value = 'text';
    added.label = 'Text message';
    group.append(added);
    group.querySelector('plaza-radio[value="email"]')!.setAttribute('label', 'Email address');
    await wait();
    await group.updateComplete;
    expect(radios(group).map((input) => input.value)).to.deep.equal([
      'email',
      'phone',
      'post',
      'text',
    ]);
    expect(text(group.shadowRoot!.querySelector('label[for="option-0"]'))).to.equal(
      'Email address',
    );
    expect(radio(group, 'phone').checked).to.equal(true);
  });

  describe('conditional reveal', () => {
    const revealing = html`<form>
      <plaza-radio-group name="contact" label="How should we contact you?">
        <plaza-radio value="email" label="Email">
          <plaza-text-field name="email" label="Email address" required></plaza-text-field>
        </plaza-radio>
        <plaza-radio value="phone" label="Phone">
          <plaza-text-field name="phone" label="Phone number" type="tel"></plaza-text-field>
          <input name="note" aria-label="Note" value="call after 5" />
        </plaza-radio>
        <plaza-radio value="post" label="Post"></plaza-radio>
      </plaza-radio-group>
      <button>Continue</button>
    </form>`;

    it('hides follow-up questions and leaves them out of FormData and validation', async () => {
      const form = await fixture<HTMLFormElement>(revealing);
      const group = form.querySelector('plaza-radio-group')!;
      await group.updateComplete;
      const email = form.querySelector<HTMLElement>('plaza-text-field[name="email"]')!;
      expect(email.checkVisibility()).to.equal(false);
      expect(email.matches(':disabled')).to.equal(true);
      expect([...new FormData(form).keys()]).to.deep.equal([]);
      expect(form.checkValidity(), 'a hidden required field does not block').to.equal(true);
    });

    it('reveals, enables and announces the follow-up when its option is chosen', async () => {
      const form = await fixture<HTMLFormElement>(revealing);
      const group = form.querySelector('plaza-radio-group')!;
      await announce('Ready');
      const region = document.querySelector('[data-plaza-announcer] [aria-live="polite"]')!;
      await clickOption(group, 'email');
      const email = form.querySelector<HTMLElement>('plaza-text-field[name="email"]')!;
      expect(email.checkVisibility()).to.equal(true);
      expect(email.matches(':disabled')).to.equal(false);
      expect(form.checkValidity(), 'now the revealed required field counts').to.equal(false);
      expect(radio(group, 'email').getAttribute('aria-controls')).to.equal('option-0-reveal');
      await wait(100);
      expect(region.textContent).to.equal('Email: more questions are shown below this option');
      await clickOption(group, 'phone');
      expect(email.matches(':disabled')).to.equal(true);
      expect([...new FormData(form)]).to.deep.equal([
        ['contact', 'phone'],
        ['phone', ''],
        ['note', 'call after 5'],
      ]);
    });

    it('puts the follow-up next in the tab order, right after the chosen radio', async () => {
      const form = await fixture<HTMLFormElement>(revealing);
      const group = form.querySelector('plaza-radio-group')!;
      radios(group)[0].focus();
      await sendKeys({ press: 'Space' });
      await group.updateComplete;
      await sendKeys({ press: 'Tab' });
      const email = form.querySelector('plaza-text-field[name="email"]')!;
      expect(document.activeElement).to.equal(email);
      await sendKeys({ type: 'ada@example.gov' });
      expect(new FormData(form).get('email')).to.equal('ada@example.gov');
    });

    it('never enables a follow-up control the page disabled itself', async () => {
      const form = await fixture<HTMLFormElement>(
        html`<form>
          <plaza-radio-group name="c" label="Contact">
            <plaza-radio value="a" label="A"
              ><input name="x" aria-label="X" disabled
            /></plaza-radio>
          </plaza-radio-group>
        </form>`,
      );
      const group = form.querySelector('plaza-radio-group')!;
      await clickOption(group, 'a');
      expect(form.querySelector('input')!.disabled).to.equal(true);
    });

    it('keeps what was typed in a follow-up while it is hidden', async () => {
      const form = await fixture<HTMLFormElement>(revealing);
      const group = form.querySelector('plaza-radio-group')!;
      await clickOption(group, 'phone');
      const phone = form.querySelector<PlazaTextField>('plaza-text-field[name="phone"]')!;
      phone.shadowRoot!.querySelector('input')!.focus();
      await sendKeys({ type: '202-555-0123' });
      await clickOption(group, 'post');
      await clickOption(group, 'phone');
      expect(phone.value).to.equal('202-555-0123');
    });
  });

  it('lays options in a row when inline', async () => {
    const group = await fixture<PlazaRadioGroup>(
      html`<plaza-radio-group label="Are you 18 or over?" inline>
        <plaza-radio value="yes" label="Yes"></plaza-radio>
        <plaza-radio value="no" label="No"></plaza-radio>
      </plaza-radio-group>`,
    );
    const [yes, no] = radios(group).map((input) => input.getBoundingClientRect());
    expect(Math.abs(yes.top - no.top)).to.be.lessThan(2);
    expect(no.left).to.be.greaterThan(yes.right);
  });

  it('renders the legend as the page heading when asked', async () => {
    const group = await fixture<PlazaRadioGroup>(
      html`<plaza-radio-group label="Where do you live?" page-heading .innerHTML=${CONTACT}>
      </plaza-radio-group>`,
    );
    expect(group.shadowRoot!.querySelector('legend > h1')).not.to.equal(null);
    const heading = await findAccessible((node) => node.role === 'heading');
    expect(heading.name).to.equal('Where do you live? (optional)');
  });

  it('speaks Spanish and keeps the choice when the language changes', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form lang="es">
        <plaza-radio-group name="c" label="Método de contacto" required .innerHTML=${CONTACT}>
        </plaza-radio-group>
      </form>`,
    );
    const group = form.querySelector('plaza-radio-group')!;
    form.requestSubmit();
    await group.updateComplete;
    expect(errorText(group)).to.equal('Error: Seleccione método de contacto');
    await clickOption(group, 'phone');
    form.setAttribute('lang', 'en');
    await wait();
    await group.updateComplete;
    expect(radio(group, 'phone').checked).to.equal(true);
  });

  it('disables every radio when disabled', async () => {
    const group = await fixture<PlazaRadioGroup>(
      html`<plaza-radio-group label="Contact" disabled .innerHTML=${CONTACT}></plaza-radio-group>`,
    );
    expect(radios(group).every((input) => input.disabled)).to.equal(true);
    expect(group.willValidate).to.equal(false);
  });

  describe('accessibility (axe) in every state', () => {
    const states = {
      default: html`<plaza-radio-group label="Contact" .innerHTML=${CONTACT}></plaza-radio-group>`,
      hint: html`<plaza-radio-group
        label="Contact"
        hint="Select one option"
        .innerHTML=${CONTACT}
      ></plaza-radio-group>`,
      error: html`<plaza-radio-group
        label="Contact"
        error="Select how we should contact you"
        .innerHTML=${CONTACT}
      ></plaza-radio-group>`,
      disabled: html`<plaza-radio-group
        label="Contact"
        disabled
        .innerHTML=${CONTACT}
      ></plaza-radio-group>`,
      revealed: html`<plaza-radio-group label="Contact">
        <plaza-radio value="email" label="Email" checked>
          <plaza-text-field name="email" label="Email address"></plaza-text-field>
        </plaza-radio>
        <plaza-radio value="post" label="Post"></plaza-radio>
      </plaza-radio-group>`,
      inline: html`<plaza-radio-group label="Are you 18 or over?" inline>
        <plaza-radio value="yes" label="Yes"></plaza-radio>
        <plaza-radio value="no" label="No"></plaza-radio>
      </plaza-radio-group>`,
      heading: html`<plaza-radio-group
        label="Where do you live?"
        page-heading
        .innerHTML=${CONTACT}
      ></plaza-radio-group>`,
      spanish: html`<div lang="es">
        <plaza-radio-group label="Contacto" hint="Elija una" error="Seleccione cómo contactarle">
          <plaza-radio value="email" label="Correo electrónico"></plaza-radio>
          <plaza-radio value="phone" label="Teléfono"></plaza-radio>
        </plaza-radio-group>
      </div>`,
      rtl: html`<div dir="rtl" lang="ar">
        <plaza-radio-group label="التواصل">
          <plaza-radio value="email" label="البريد الإلكتروني" hint="نرد خلال يومين"></plaza-radio>
        </plaza-radio-group>
      </div>`,
    };
    accessibleInEveryState(states, fixture);
  });
});

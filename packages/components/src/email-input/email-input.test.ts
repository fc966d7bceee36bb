import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { findByRole } from '../../test/support/accessibility-tree.js';
import { formAssociationSuite } from '../../test/support/form-association.js';
import { clickOn } from '../../test/support/person.js';
import './plaza-email-input.js';
import type { PlazaEmailInput } from './email-input.js';
import { editDistance, suggestEmail } from './email-typo.js';
import { errorText } from '../../test/support/text.js';

const input = (field: PlazaEmailInput) => field.shadowRoot!.querySelector('input')!;
const suggestionText = (field: PlazaEmailInput) =>
  field
    .shadowRoot!.querySelector('[part="suggestion"]')
    ?.textContent?.replace(/\s+/g, ' ')
    .trim() ?? null;

async function type(field: PlazaEmailInput, text: string) {
  input(field).focus();
  await sendKeys({ type: text });
  await field.updateComplete;
}

formAssociationSuite<PlazaEmailInput>({
  tag: 'plaza-email-input',
  attributes: { label: 'Email address' },
  fill: (field) => type(field, 'ada@example.gov'),
  emptyValue: '',
  filledValue: 'ada@example.gov',
  withDefault: { attributes: { value: 'ada@ca.gov' }, value: 'ada@ca.gov' },
  restore: { state: JSON.stringify({ email: 'ada@army.mil' }), value: 'ada@army.mil' },
  singleLine: true,
});

describe('suggestEmail', () => {
  it('suggests the intended domain, and never corrects government addresses', () => {
    const cases: [string, string | null][] = [
      ['name@gmial.com', 'name@gmail.com'],
      ['name@gmal.com', 'name@gmail.com'],
      ['name@gmail.con', 'name@gmail.com'],
      ['Name@GMAIL.CMO', 'Name@gmail.com'],
      ['name@hotmial.con', 'name@hotmail.com'],
      ['name@yaho.com', 'name@yahoo.com'],
      ['name@outlok.com', 'name@outlook.com'],
      ['name@comcast.met', 'name@comcast.net'],
      ['name@example.cmo', 'name@example.com'],
      ['name@school.ogr', 'name@school.org'],
      ['first.last@icloud.co', 'first.last@icloud.com'],
      ['name@gmail.com', null],
      ['name@ca.gov', null],
      ['name@cal.gov', null],
      ['name@dhs.ca.gov', null],
      ['name@army.mil', null],
      ['name@state.ca.us', null],
      ['name@co.us', null],
      ['name@me.com', null],
      ['name@example.org', null],
      ['name@example.co', null],
      ['name@gmail', null],
      ['not an email', null],
      ['@gmial.com', null],
      ['a@b@gmial.com', 'a@b@gmail.com'],
    ];
    for (const [typed, expected] of cases) expect(suggestEmail(typed), typed).to.equal(expected);
  });

  it('counts a swap of neighbours as one edit', () => {
    expect(editDistance('gmial', 'gmail')).to.equal(1);
    expect(editDistance('', 'abc')).to.equal(3);
    expect(editDistance('kitten', 'sitting')).to.equal(3);
  });
});

describe('<plaza-email-input>', () => {
  const stopSubmit = (event: Event) => event.preventDefault();
  before(() => document.addEventListener('submit', stopSubmit));
  after(() => document.removeEventListener('submit', stopSubmit));

  it('is an email textbox named by its label, with autocomplete="email"', async () => {
    const field = await fixture<PlazaEmailInput>(
      html`<plaza-email-input
        label="Email address"
        hint="We will send your confirmation here"
        required
      ></plaza-email-input>`,
    );
    const node = await findByRole('textbox', 'Email address');
    expect(node.description).to.equal('We will send your confirmation here');
    expect(input(field).type).to.equal('email');
    expect(input(field).autocomplete).to.equal('email');
    expect(input(field).spellcheck).to.equal(false);
    await expect(field).to.be.accessible();
  });

  it('warns of a likely typo when the resident leaves the field, without blocking the form', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form>
        <plaza-email-input name="email" label="Email address" required></plaza-email-input>
        <button>Continue</button>
      </form>`,
    );
    const field = form.querySelector('plaza-email-input')!;
    await type(field, 'name@gmial.com');
    expect(suggestionText(field), 'not while typing').to.equal(null);
    await sendKeys({ press: 'Tab' });
    await field.updateComplete;
    expect(suggestionText(field)).to.equal('Did you mean name@gmail.com?');
    // The browser puts a space around the button's text in the description.
    expect((await findByRole('textbox', 'Email address')).description).to.match(
      /^Did you mean name@gmail\.com ?\?$/,
    );
    expect(field.checkValidity(), 'a warning is not an error').to.equal(true);
    await expect(field).to.be.accessible();
    await clickOn(field.shadowRoot!.querySelector('[part="suggestion"] button')!);
    await field.updateComplete;
    expect(field.value).to.equal('name@gmail.com');
    expect(suggestionText(field)).to.equal(null);
    expect(field.shadowRoot!.activeElement).to.equal(input(field));
    expect(new FormData(form).get('email')).to.equal('name@gmail.com');
  });

  it('offers nothing for a state government address', async () => {
    const field = await fixture<PlazaEmailInput>(
      html`<plaza-email-input label="Work email"></plaza-email-input>`,
    );
    await type(field, 'name@ca.gov');
    await sendKeys({ press: 'Tab' });
    await field.updateComplete;
    expect(suggestionText(field)).to.equal(null);
  });

  it('shows the format error after a submit, and keeps what was typed', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form>
        <plaza-email-input name="email" label="Email address"></plaza-email-input>
        <button>Continue</button>
      </form>`,
    );
    const field = form.querySelector('plaza-email-input')!;
    await type(field, 'ada@example');
    await sendKeys({ press: 'Enter' });
    await field.updateComplete;
    expect(errorText(field)).to.equal(
      'Error: Enter an email address in the correct format, like name@example.com',
    );
    expect(input(field).getAttribute('aria-invalid')).to.equal('true');
    expect(field.value).to.equal('ada@example');
    await expect(field).to.be.accessible();
  });

  it('is accessible when disabled, and in Spanish with a suggestion', async () => {
    const disabled = await fixture<PlazaEmailInput>(
      html`<plaza-email-input label="Email" value="a@b.gov" disabled></plaza-email-input>`,
    );
    expect(input(disabled).disabled).to.equal(true);
    await expect(disabled).to.be.accessible();
    const wrapper = await fixture<HTMLElement>(
      html`<div lang="es">
        <plaza-email-input label="Correo electrónico" for="other"></plaza-email-input>
      </div>`,
    );
    const field = wrapper.querySelector('plaza-email-input')!;
    expect(input(field).hasAttribute('autocomplete')).to.equal(false);
    await type(field, 'ana@hotmial.com');
    await sendKeys({ press: 'Tab' });
    await field.updateComplete;
    expect(suggestionText(field)).to.equal('¿Quiso decir ana@hotmail.com?');
    await expect(wrapper).to.be.accessible();
  });
});

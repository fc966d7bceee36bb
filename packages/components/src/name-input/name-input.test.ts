import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { findByRole } from '../../test/support/accessibility-tree.js';
import { formAssociationSuite } from '../../test/support/form-association.js';
import './plaza-name-input.js';
import type { PlazaNameInput } from './name-input.js';
import { nameProblem } from './name-rules.js';
import { errorText } from '../../test/support/text.js';

const inputs = (field: PlazaNameInput) => [...field.shadowRoot!.querySelectorAll('input')];

async function type(field: PlazaNameInput, text: string, index = 0) {
  inputs(field)[index].focus();
  await sendKeys({ type: text });
  await field.updateComplete;
}

formAssociationSuite<PlazaNameInput>({
  tag: 'plaza-name-input',
  attributes: { label: 'Full name' },
  fill: (field) => type(field, " Siobhán O'Brien "),
  emptyValue: '',
  filledValue: "Siobhán O'Brien",
  withDefault: { attributes: { value: 'Nguyễn Văn An' }, value: 'Nguyễn Văn An' },
  restore: { state: JSON.stringify({ full: 'José' }), value: 'José' },
  singleLine: true,
});

describe('nameProblem', () => {
  it('accepts names in any script and rejects what no name has', () => {
    const cases: [string, string | null][] = [
      ["O'Brien", null],
      ['O’Brien', null],
      ['Nguyễn', null],
      ['X Æ', null],
      ['X', null],
      ['Smith-Jones', null],
      ['José María de la Cruz', null],
      ['Martin Luther King Jr.', null],
      ['李小龍', null],
      ['محمد', null],
      ['Ólafur Ragnar Grímsson', null],
      ['Zoë', null],
      ['Nguyễn'.normalize('NFD'), null],
      ['X Æ A-12', 'name.characters'],
      ['<script>', 'name.characters'],
      ['ada@example.com', 'name.characters'],
      ['-', 'name.characters'],
      ["'", 'name.characters'],
      ['a'.repeat(128), null],
      ['a'.repeat(129), 'name.tooLong'],
      ['😀'.repeat(2), 'name.characters'],
      ['é'.repeat(128), null],
    ];
    for (const [typed, expected] of cases) expect(nameProblem(typed), typed).to.equal(expected);
  });
});

describe('<plaza-name-input>', () => {
  const stopSubmit = (event: Event) => event.preventDefault();
  before(() => document.addEventListener('submit', stopSubmit));
  after(() => document.removeEventListener('submit', stopSubmit));

  it('full name: one textbox with autocomplete="name" and no spelling checks', async () => {
    const field = await fixture<PlazaNameInput>(
      html`<plaza-name-input
        label="Full name"
        hint="As shown on your ID"
        required
      ></plaza-name-input>`,
    );
    const node = await findByRole('textbox', 'Full name');
    expect(node.description).to.equal('As shown on your ID');
    expect(node.required).to.equal(true);
    const [input] = inputs(field);
    expect(input.autocomplete).to.equal('name');
    expect(input.spellcheck).to.equal(false);
    await expect(field).to.be.accessible();
  });

  it('for="other" drops the autocomplete tokens (WCAG 1.3.5 is about the user\'s own data)', async () => {
    const field = await fixture<PlazaNameInput>(
      html`<plaza-name-input
        label="Their name"
        for="other"
        parts="given family"
      ></plaza-name-input>`,
    );
    expect(inputs(field).map((input) => input.getAttribute('autocomplete'))).to.deep.equal([
      null,
      null,
    ]);
  });

  it('given and family parts: labelled inputs, each message names its part, focus on the first wrong one', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form>
        <plaza-name-input
          name="applicant"
          label="What is your name?"
          parts="given family"
          required
        ></plaza-name-input>
        <button>Continue</button>
      </form>`,
    );
    const field = form.querySelector('plaza-name-input')!;
    expect(inputs(field).map((input) => input.autocomplete)).to.deep.equal([
      'given-name',
      'family-name',
    ]);
    await findByRole('textbox', 'First name');
    await findByRole('textbox', 'Last name');
    await type(field, 'X', 0);
    await sendKeys({ press: 'Enter' });
    await field.updateComplete;
    expect(errorText(field)).to.equal('Error: Enter last name');
    expect(field.shadowRoot!.activeElement).to.equal(inputs(field)[1]);
    expect(inputs(field)[1].getAttribute('aria-invalid')).to.equal('true');
    expect(inputs(field)[0].hasAttribute('aria-invalid')).to.equal(false);
    await expect(field).to.be.accessible();
    await type(field, 'Nguyễn 2', 1);
    expect(errorText(field)).to.equal(
      'Error: Last name must only include letters, spaces, hyphens and apostrophes',
    );
    await sendKeys({ press: 'Backspace' });
    await sendKeys({ press: 'Backspace' });
    await field.updateComplete;
    expect(errorText(field)).to.equal(null);
    expect([...new FormData(form)]).to.deep.equal([
      ['applicant.given', 'X'],
      ['applicant.family', 'Nguyễn'],
    ]);
    expect(field.value).to.equal('X Nguyễn');
  });

  it('full name: too long and wrong characters, with the typed text kept', async () => {
    const field = await fixture<PlazaNameInput>(
      html`<plaza-name-input label="Full name"></plaza-name-input>`,
    );
    field.value = 'a'.repeat(129);
    field.reportValidity();
    await field.updateComplete;
    expect(errorText(field)).to.equal('Error: Full name must be 128 characters or less');
    expect(field.value).to.have.length(129);
    await expect(field).to.be.accessible();
  });

  it('keeps a value set before the element was defined (a flow rendering before the import)', async () => {
    const holder = await fixture<HTMLElement>(html`<div></div>`);
    const early = document.createElement('plaza-early-name-input') as PlazaNameInput;
    early.value = 'Nguyễn Văn An';
    holder.append(early);
    customElements.define(
      'plaza-early-name-input',
      class extends (customElements.get('plaza-name-input') as typeof PlazaNameInput) {},
    );
    await early.updateComplete;
    expect(early.value).to.equal('Nguyễn Văn An');
    expect(inputs(early)[0].value).to.equal('Nguyễn Văn An');
  });

  it('is accessible when disabled, and in Spanish with an error', async () => {
    const disabled = await fixture<PlazaNameInput>(
      html`<plaza-name-input label="Full name" value="Ada" disabled></plaza-name-input>`,
    );
    expect(inputs(disabled)[0].disabled).to.equal(true);
    await expect(disabled).to.be.accessible();
    const wrapper = await fixture<HTMLElement>(
      html`<div lang="es">
        <plaza-name-input label="Su nombre" parts="given family" required></plaza-name-input>
      </div>`,
    );
    const field = wrapper.querySelector('plaza-name-input')!;
    field.reportValidity();
    await field.updateComplete;
    expect(errorText(field)).to.equal('Error: Ingrese el nombre');
    await findByRole('textbox', 'Apellido');
    await expect(wrapper).to.be.accessible();
  });
});

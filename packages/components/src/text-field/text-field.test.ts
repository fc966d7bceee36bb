import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { registerMessages } from '@plaza/core';
import { findByRole } from '../../test/support/accessibility-tree.js';
import { formAssociationSuite } from '../../test/support/form-association.js';
import './plaza-text-field.js';
import type { PlazaTextField } from './text-field.js';
import { errorText } from '../../test/support/text.js';
import { accessibleInEveryState } from '../../test/support/accessible-states.js';

const inner = (field: PlazaTextField) => field.shadowRoot!.querySelector('input')!;

async function typeInto(field: PlazaTextField, text: string) {
  inner(field).focus();
  await sendKeys({ type: text });
  await field.updateComplete;
}

formAssociationSuite<PlazaTextField>({
  tag: 'plaza-text-field',
  attributes: { label: 'Full name' },
  fill: (field) => typeInto(field, 'Ada Lovelace'),
  emptyValue: '',
  filledValue: 'Ada Lovelace',
  withDefault: { attributes: { value: 'Grace Hopper' }, value: 'Grace Hopper' },
  restore: { state: '  Katherine Johnson ', value: 'Katherine Johnson' },
  singleLine: true,
});

describe('<plaza-text-field>', () => {
  it('labels the input, so clicking the label focuses it', async () => {
    const field = await fixture<PlazaTextField>(
      html`<plaza-text-field label="Full name" required></plaza-text-field>`,
    );
    const label = field.shadowRoot!.querySelector('label')!;
    expect(label.control).to.equal(inner(field));
    label.click();
    expect(field.shadowRoot!.activeElement).to.equal(inner(field));
    expect(document.activeElement).to.equal(field);
  });

  it('exposes name, description and invalid state to assistive technology', async () => {
    const field = await fixture<PlazaTextField>(
      html`<form>
        <plaza-text-field label="Full name" hint="As shown on your ID" required></plaza-text-field>
      </form>`,
    );
    const control =
      field.querySelector('plaza-text-field') ?? (field.firstElementChild as PlazaTextField);
    let node = await findByRole('textbox');
    expect(node.name).to.equal('Full name');
    expect(node.description).to.equal('As shown on your ID');
    expect(node.invalid ?? 'false').to.equal('false');
    (field as unknown as HTMLFormElement).requestSubmit();
    await control.updateComplete;
    node = await findByRole('textbox');
    expect(node.description).to.equal('As shown on your ID Error: Enter full name');
    expect(node.invalid).to.equal('true');
  });

  it('marks optional fields in the label, and required ones only when asked', async () => {
    const optional = await fixture<PlazaTextField>(
      html`<plaza-text-field label="Middle name"></plaza-text-field>`,
    );
    expect(optional.shadowRoot!.querySelector('label')!.textContent!.trim()).to.equal(
      'Middle name (optional)',
    );
    const required = await fixture<PlazaTextField>(
      html`<plaza-text-field label="Surname" required marker="required"></plaza-text-field>`,
    );
    expect(required.shadowRoot!.querySelector('label')!.textContent!.trim()).to.equal(
      'Surname (required)',
    );
    const none = await fixture<PlazaTextField>(
      html`<plaza-text-field label="Nickname" marker="none"></plaza-text-field>`,
    );
    expect(none.shadowRoot!.querySelector('label')!.textContent!.trim()).to.equal('Nickname');
  });

  it('shows no error on blur, all errors on submit, then re-checks as the user corrects', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form>
        <plaza-text-field
          name="email"
          label="Email address"
          type="email"
          required
        ></plaza-text-field>
      </form>`,
    );
    const field = form.querySelector('plaza-text-field')!;
    await typeInto(field, 'ada@');
    inner(field).blur();
    await field.updateComplete;
    expect(errorText(field)).to.equal(null);
    form.requestSubmit();
    // Focus moves once the submit attempt is over (the next task).
    await new Promise((resolve) => setTimeout(resolve));
    await field.updateComplete;
    expect(errorText(field)).to.equal(
      'Error: Enter an email address in the correct format, like name@example.com',
    );
    expect(field.matches(':state(user-invalid)')).to.equal(true);
    expect(document.activeElement).to.equal(field, 'focus moves to the first invalid field');
    await typeInto(field, 'example.gov');
    expect(errorText(field)).to.equal(null);
    expect(field.matches(':state(user-invalid)')).to.equal(false);
    expect(field.value).to.equal('ada@example.gov');
  });

  it('never clears what the user typed when validation fails', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form>
        <plaza-text-field name="code" label="Reference" maxlength="5"></plaza-text-field>
      </form>`,
    );
    const field = form.querySelector('plaza-text-field')!;
    await typeInto(field, 'ABCDEFG');
    form.requestSubmit();
    await field.updateComplete;
    expect(errorText(field)).to.equal('Error: Reference must be 5 characters or less');
    expect(inner(field).value).to.equal('ABCDEFG');
    expect(field.value).to.equal('ABCDEFG');
  });

  it('writes each standard message from the label, and lets a field override it', async () => {
    const cases: [string, string, string][] = [
      ['type="tel"', '12', 'Enter a phone number in the correct format, like 202-555-0123'],
      [
        'type="url"',
        'not a site',
        'Enter a web address in the correct format, like https://www.example.gov',
      ],
      ['type="number"', 'twelve', 'Age must be a number'],
      ['type="number" min="16"', '15', 'Age must be 16 or more'],
      ['type="number" max="120"', '121', 'Age must be 120 or less'],
      ['type="number" integer', '12.5', 'Age must be a whole number'],
      ['minlength="3"', 'ab', 'Age must be 3 characters or more'],
      ['pattern="[0-9]+"', 'abc', 'Enter age in the correct format'],
    ];
    for (const [attributes, typed, expected] of cases) {
      const form = document.createElement('form');
      form.innerHTML = `<plaza-text-field name="f" label="Age" ${attributes}></plaza-text-field>`;
      document.body.append(form);
      const field = form.querySelector('plaza-text-field')!;
      await field.updateComplete;
      await typeInto(field, typed);
      form.requestSubmit();
      await field.updateComplete;
      expect(errorText(field), attributes).to.equal(`Error: ${expected}`);
      form.remove();
    }
    const overridden = await fixture<HTMLFormElement>(
      html`<form>
        <plaza-text-field
          label="Full name"
          required
          error-name="your full name"
          error-messages='{"tooLong": "{Name} is too long for our records"}'
          maxlength="3"
        ></plaza-text-field>
      </form>`,
    );
    const field = overridden.querySelector('plaza-text-field')!;
    overridden.requestSubmit();
    await field.updateComplete;
    expect(errorText(field)).to.equal('Error: Enter your full name');
    await typeInto(field, 'Maria');
    expect(errorText(field)).to.equal('Error: Your full name is too long for our records');
  });

  it('reports bad error-messages JSON and keeps working', async () => {
    const errors: unknown[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => errors.push(args.join(' '));
    try {
      const field = await fixture<PlazaTextField>(
        html`<plaza-text-field
          label="Name"
          required
          error-messages="{not json"
        ></plaza-text-field>`,
      );
      expect(field.errorMessages).to.deep.equal({});
      expect(String(errors[0])).to.contain('error-messages must be a JSON object');
    } finally {
      console.error = original;
    }
  });

  it('speaks Spanish where the page is in Spanish, keeping the value on language change', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form lang="es">
        <plaza-text-field name="n" label="Nombre completo" required></plaza-text-field>
      </form>`,
    );
    const field = form.querySelector('plaza-text-field')!;
    form.requestSubmit();
    await field.updateComplete;
    expect(errorText(field)).to.equal('Error: Ingrese nombre completo');
    await typeInto(field, 'x');
    inner(field).value = '';
    field.value = '';
    await field.updateComplete;
    form.setAttribute('lang', 'en');
    await new Promise((resolve) => setTimeout(resolve));
    await field.updateComplete;
    expect(errorText(field)).to.equal('Error: Enter nombre completo');
    expect(field.validationMessage).to.equal('Enter nombre completo');
  });

  it('lets an agency override any string', async () => {
    registerMessages('en', { 'field.optional': '(if you have one)' });
    try {
      const field = await fixture<PlazaTextField>(
        html`<plaza-text-field label="Fax number"></plaza-text-field>`,
      );
      expect(field.shadowRoot!.querySelector('label')!.textContent!.trim()).to.equal(
        'Fax number (if you have one)',
      );
    } finally {
      registerMessages('en', { 'field.optional': '(optional)' });
    }
  });

  it('submits a normalized value and keeps the raw one', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form>
        <plaza-text-field
          name="income"
          label="Monthly income"
          type="number"
          prefix="$"
        ></plaza-text-field>
      </form>`,
    );
    const field = form.querySelector('plaza-text-field')!;
    await typeInto(field, ' 2,100.50 ');
    expect(new FormData(form).get('income')).to.equal('2100.5');
    expect(field.value).to.equal(' 2,100.50 ');
    expect(
      field.shadowRoot!.querySelector('[part="input-prefix"]')!.getAttribute('aria-hidden'),
    ).to.equal('true');
  });

  it('sets keyboard, autocomplete and spellcheck on the inner input', async () => {
    const expectations: [string, string][] = [
      ['text', 'text'],
      ['email', 'email'],
      ['tel', 'tel'],
      ['url', 'url'],
      ['number', 'decimal'],
    ];
    for (const [type, mode] of expectations) {
      const field = await fixture<PlazaTextField>(
        html`<plaza-text-field label="Thing" type=${type} autocomplete="off"></plaza-text-field>`,
      );
      expect(inner(field).inputMode, type).to.equal(mode);
      expect(inner(field).getAttribute('autocomplete')).to.equal('off');
      expect(inner(field).getAttribute('spellcheck')).to.equal(type === 'text' ? null : 'false');
    }
    const overridden = await fixture<PlazaTextField>(
      html`<plaza-text-field
        label="Code"
        inputmode="numeric"
        spellcheck="false"
        autocomplete="one-time-code"
      ></plaza-text-field>`,
    );
    expect(inner(overridden).inputMode).to.equal('numeric');
    expect(inner(overridden).getAttribute('spellcheck')).to.equal('false');
    expect(inner(overridden).autocomplete).to.equal('one-time-code');
  });

  it('fires input and change from the host on user action only', async () => {
    const field = await fixture<PlazaTextField>(
      html`<plaza-text-field label="Town"></plaza-text-field>`,
    );
    let inputs = 0;
    field.addEventListener('input', () => (inputs += 1));
    field.value = 'set by script';
    await field.updateComplete;
    expect(inputs).to.equal(0);
    await typeInto(field, 'ab');
    expect(inputs).to.equal(2);
    const changed = oneEvent(field, 'change');
    inner(field).blur();
    await changed;
  });

  it('shows a server error at once, and lets it go when the user edits', async () => {
    const field = await fixture<PlazaTextField>(
      html`<plaza-text-field
        label="Case number"
        error="Case number was not found"
      ></plaza-text-field>`,
    );
    expect(errorText(field)).to.equal('Error: Case number was not found');
    expect(field.validity.customError).to.equal(true);
    await typeInto(field, '1');
    expect(errorText(field)).to.equal(null);
    expect(field.validity.valid).to.equal(true);
  });

  it('runs async validators after the sync ones pass', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form>
        <plaza-text-field name="user" label="Username" required></plaza-text-field>
      </form>`,
    );
    const field = form.querySelector('plaza-text-field')!;
    field.asyncValidators = [
      async (value) => (value === 'taken' ? 'That username is already in use' : null),
    ];
    await typeInto(field, 'taken');
    expect(await field.validationComplete).to.equal(false);
    expect(field.validationMessage).to.equal('That username is already in use');
    await typeInto(field, '2');
    expect(await field.validationComplete).to.equal(true);
    expect(field.validity.valid).to.equal(true);
  });

  it('does not validate readonly or disabled fields, and disables the input', async () => {
    const field = await fixture<PlazaTextField>(
      html`<plaza-text-field label="Reference" required readonly></plaza-text-field>`,
    );
    expect(field.checkValidity()).to.equal(true);
    expect(inner(field).readOnly).to.equal(true);
    field.readonly = false;
    field.disabled = true;
    await field.updateComplete;
    expect(inner(field).disabled).to.equal(true);
    expect(field.willValidate).to.equal(false);
  });

  it('renders the label as the page heading when asked', async () => {
    const field = await fixture<PlazaTextField>(
      html`<plaza-text-field label="What is your name?" page-heading></plaza-text-field>`,
    );
    expect(field.shadowRoot!.querySelector('h1 > label')).not.to.equal(null);
  });

  it('takes rich hint and label content from slots', async () => {
    const field = await fixture<PlazaTextField>(
      html`<plaza-text-field>
        <span slot="label">National Insurance number</span>
        <span slot="hint">It is on your <a href="#letter">letter</a></span>
      </plaza-text-field>`,
    );
    const node = await findByRole('textbox');
    expect(node.name).to.equal('National Insurance number (optional)');
    expect(node.description).to.equal('It is on your letter');
    expect(field.shadowRoot!.querySelector('#hint')).not.to.equal(null);
  });

  /** Mutation observers report in a microtask; one task later the update they asked for is due. */
  const afterMutations = async (field: PlazaTextField) => {
    await new Promise((resolve) => setTimeout(resolve));
    await field.updateComplete;
  };

  it('takes rich hint and label content slotted after it connects, and lets it go', async () => {
    const field = await fixture<PlazaTextField>(
      html`<plaza-text-field label="Reference" hint="From the letter"></plaza-text-field>`,
    );
    const label = Object.assign(document.createElement('span'), { slot: 'label' });
    label.textContent = 'Case reference';
    const hint = Object.assign(document.createElement('span'), { slot: 'hint' });
    hint.append('On your ', Object.assign(document.createElement('a'), { href: '#l' }), '.');
    hint.querySelector('a')!.textContent = 'letter';
    field.append(label, hint);
    await afterMutations(field);
    let node = await findByRole('textbox');
    expect(node.name).to.equal('Case reference (optional)');
    expect(node.description).to.equal('On your letter.');

    label.remove();
    hint.remove();
    await afterMutations(field);
    node = await findByRole('textbox');
    expect(node.name).to.equal('Reference (optional)');
    expect(node.description).to.equal('From the letter');
  });

  describe('accessibility (axe) in every state', () => {
    const states = {
      default: html`<plaza-text-field label="Full name"></plaza-text-field>`,
      hint: html`<plaza-text-field
        label="Full name"
        hint="As shown on your ID"
      ></plaza-text-field>`,
      error: html`<plaza-text-field
        label="Full name"
        error="Enter your full name"
      ></plaza-text-field>`,
      disabled: html`<plaza-text-field label="Full name" disabled value="Ada"></plaza-text-field>`,
      readonly: html`<plaza-text-field label="Full name" readonly value="Ada"></plaza-text-field>`,
      affixes: html`<plaza-text-field
        label="Cost in dollars"
        prefix="$"
        suffix="per month"
      ></plaza-text-field>`,
      spanish: html`<div lang="es">
        <plaza-text-field
          label="Nombre completo"
          hint="Como aparece en su identificación"
          error="Ingrese su nombre completo"
        ></plaza-text-field>
      </div>`,
    };
    accessibleInEveryState(states, fixture);
  });
});

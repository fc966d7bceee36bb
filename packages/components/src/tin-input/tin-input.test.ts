import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { findAccessible, findByRole } from '../../test/support/accessibility-tree.js';
import { formAssociationSuite } from '../../test/support/form-association.js';
import './plaza-tin-input.js';
import type { PlazaTinInput } from './tin-input.js';
import { parseAccept, tinProblem } from './tin-rules.js';
import { errorText } from '../../test/support/text.js';

const input = (field: PlazaTinInput) => field.shadowRoot!.querySelector('input')!;

async function type(field: PlazaTinInput, text: string) {
  input(field).focus();
  await sendKeys({ type: text });
  await field.updateComplete;
}

formAssociationSuite<PlazaTinInput>({
  tag: 'plaza-tin-input',
  attributes: { label: 'Social Security number' },
  fill: (field) => type(field, '123-45-6789'),
  emptyValue: '',
  filledValue: '123456789',
  withDefault: { attributes: { value: '078 05 1120' }, value: '078051120' },
  restore: { state: JSON.stringify({ number: '219-09-9999' }), value: '219099999' },
  singleLine: true,
});

describe('tinProblem', () => {
  const ssn = parseAccept('ssn');
  const itin = parseAccept('itin');
  const both = parseAccept('ssn itin');
  const cases: [string, ReadonlySet<'ssn' | 'itin'>, string | null][] = [
    ['123-45-6789', ssn, null],
    ['123 45 6789', ssn, null],
    ['123456789', ssn, null],
    [' 078-05-1120 ', ssn, null],
    ['123\u201145\u20116789', ssn, null],
    ['123–45–6789', ssn, null],
    ['12345678', ssn, 'tin.length'],
    ['1234567890', ssn, 'tin.length'],
    ['123-45-678a', ssn, 'tin.characters'],
    ['123.45.6789', ssn, 'tin.characters'],
    ['000-12-3456', ssn, 'tin.ssnArea'],
    ['666-12-3456', ssn, 'tin.ssnArea'],
    ['900-12-3456', ssn, 'tin.ssnArea'],
    ['999-12-3456', ssn, 'tin.ssnArea'],
    ['899-12-3456', ssn, null],
    ['123-00-4567', ssn, 'tin.ssnGroup'],
    ['123-45-0000', ssn, 'tin.ssnSerial'],
    ['912-70-1234', ssn, 'tin.ssnArea'],
    ['912-70-1234', itin, null],
    ['912-70-1234', both, null],
    ['900-50-0000', itin, null],
    ['999-65-1234', itin, null],
    ['912-66-1234', itin, 'tin.itinGroup'],
    ['912-69-1234', both, 'tin.itinGroup'],
    ['912-89-1234', both, 'tin.itinGroup'],
    ['912-93-1234', both, 'tin.itinGroup'],
    ['912-94-1234', both, null],
    ['912-92-1234', both, null],
    ['912-49-1234', both, 'tin.itinGroup'],
    ['123-45-6789', itin, 'tin.itinStart'],
    ['123-45-6789', both, null],
    ['666-12-3456', both, 'tin.ssnArea'],
  ];
  it('accepts and rejects as the SSA and IRS issue numbers', () => {
    for (const [typed, accept, expected] of cases) {
      expect(tinProblem(typed, accept), `${typed} (${[...accept].join(' ')})`).to.equal(expected);
    }
  });

  it('reads accept, ignoring unknown words and defaulting to SSN', () => {
    expect([...parseAccept('ssn itin')]).to.deep.equal(['ssn', 'itin']);
    expect([...parseAccept('ITIN, ein')]).to.deep.equal(['itin']);
    expect([...parseAccept('')]).to.deep.equal(['ssn']);
  });
});

describe('<plaza-tin-input>', () => {
  const stopSubmit = (event: Event) => event.preventDefault();
  before(() => document.addEventListener('submit', stopSubmit));
  after(() => document.removeEventListener('submit', stopSubmit));

  it('is a textbox named by its label, described by its hint, with a numeric keyboard', async () => {
    const field = await fixture<PlazaTinInput>(
      html`<plaza-tin-input
        label="Social Security number"
        hint="It is on your Social Security card, for example 123 45 6789"
        required
      ></plaza-tin-input>`,
    );
    const node = await findByRole('textbox', 'Social Security number');
    expect(node.description).to.equal(
      'It is on your Social Security card, for example 123 45 6789',
    );
    expect(node.required).to.equal(true);
    expect(node.invalid ?? 'false').to.equal('false');
    expect(input(field).inputMode).to.equal('numeric');
    expect(input(field).autocomplete).to.equal('off');
    await expect(field).to.be.accessible();
  });

  it('shows GOV.UK-style messages after a submit, naming what is wrong, and marks the input', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form>
        <plaza-tin-input
          name="ssn"
          label="Social Security number"
          error-name="your Social Security number"
          required
        ></plaza-tin-input>
        <button>Continue</button>
      </form>`,
    );
    const field = form.querySelector('plaza-tin-input')!;
    await type(field, '666-12-3456');
    expect(errorText(field), 'nothing before a submit').to.equal(null);
    await sendKeys({ press: 'Enter' });
    await field.updateComplete;
    expect(errorText(field)).to.equal(
      'Error: Your Social Security number cannot start with 000, 666 or a number from 900 to 999',
    );
    const node = await findAccessible((candidate) => candidate.role === 'textbox', 'the input');
    expect(node.invalid).to.equal('true');
    expect(node.description).to.contain('cannot start with 000');
    await expect(field).to.be.accessible();
    // Corrected as the resident types, and the typed text is kept exactly.
    input(field).select();
    await sendKeys({ type: '219 09 9999' });
    await field.updateComplete;
    expect(errorText(field)).to.equal(null);
    expect(field.value).to.equal('219 09 9999');
    expect(new FormData(form).get('ssn')).to.equal('219099999');
  });

  it('accepts an ITIN when asked to', async () => {
    const field = await fixture<PlazaTinInput>(
      html`<plaza-tin-input label="SSN or ITIN" accept="ssn itin"></plaza-tin-input>`,
    );
    await type(field, '912-70-1234');
    expect(field.checkValidity()).to.equal(true);
    expect(field.serializedValue).to.equal('912701234');
    input(field).select();
    await sendKeys({ type: '912-89-1234' });
    expect(field.reportValidity()).to.equal(false);
    await field.updateComplete;
    expect(errorText(field)).to.equal(
      'Error: The 4th and 5th numbers of SSN or ITIN must be 50 to 65, 70 to 88, 90 to 92 or 94 to 99',
    );
  });

  it('hides the number behind a Show number toggle button that says its state', async () => {
    const field = await fixture<PlazaTinInput>(
      html`<plaza-tin-input label="Social Security number" toggle></plaza-tin-input>`,
    );
    await type(field, '123456789');
    expect(input(field).type).to.equal('password');
    const button = await findByRole('button', 'Show number');
    expect(button.pressed).to.equal(false);
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Space' });
    await field.updateComplete;
    expect(input(field).type).to.equal('text');
    expect((await findByRole('button', 'Show number')).pressed).to.equal(true);
    expect(field.value).to.equal('123456789');
    await expect(field).to.be.accessible();
  });

  it('is marked sensitive and never sent in a URL', async () => {
    const errors: string[] = [];
    const original = console.error;
    console.error = (message: string) => errors.push(message);
    document.removeEventListener('submit', stopSubmit);
    try {
      const form = await fixture<HTMLFormElement>(
        html`<form method="get" action="#never">
          <plaza-tin-input name="ssn" label="Social Security number"></plaza-tin-input>
        </form>`,
      );
      const field = form.querySelector('plaza-tin-input')!;
      expect(field.sensitive).to.equal(true);
      expect(field.hasAttribute('sensitive')).to.equal(true);
      await type(field, '123-45-6789');
      let prevented = false;
      window.addEventListener('submit', (event) => (prevented = event.defaultPrevented), {
        once: true,
      });
      await sendKeys({ press: 'Enter' });
      expect(prevented).to.equal(true);
      expect(location.hash).not.to.equal('#never');
      expect(errors.join('\n')).to.contain('method="post"');
      expect(errors.join('\n')).not.to.contain('6789');
    } finally {
      console.error = original;
      document.addEventListener('submit', stopSubmit);
    }
  });

  it('is accessible when disabled, and in Spanish with an error', async () => {
    const disabled = await fixture<PlazaTinInput>(
      html`<plaza-tin-input
        label="Social Security number"
        value="123-45-6789"
        disabled
      ></plaza-tin-input>`,
    );
    expect(input(disabled).disabled).to.equal(true);
    await expect(disabled).to.be.accessible();
    const wrapper = await fixture<HTMLElement>(
      html`<div lang="es">
        <plaza-tin-input
          label="Número de Seguro Social"
          value="123-00-4567"
          toggle
        ></plaza-tin-input>
      </div>`,
    );
    const field = wrapper.querySelector('plaza-tin-input')!;
    field.reportValidity();
    await field.updateComplete;
    expect(errorText(field)).to.equal(
      'Error: Los 2 números del medio de número de Seguro Social no pueden ser 00',
    );
    await findByRole('button', 'Mostrar número');
    await expect(wrapper).to.be.accessible();
  });
});

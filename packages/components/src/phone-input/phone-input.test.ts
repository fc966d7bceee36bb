import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import worldMetadata from 'libphonenumber-js/min/metadata';
import { findByRole } from '../../test/support/accessibility-tree.js';
import { accessibleInEveryState } from '../../test/support/accessible-states.js';
import { formAssociationSuite } from '../../test/support/form-association.js';
import './plaza-phone-input.js';
import type { PlazaPhoneInput } from './phone-input.js';
import { nanpMetadata } from './nanp-metadata.js';
import { phoneValue, readPhone, type PhoneProblem } from './phone-rules.js';
import { errorText } from '../../test/support/text.js';

const input = (field: PlazaPhoneInput) => field.shadowRoot!.querySelector('input')!;

async function type(field: PlazaPhoneInput, text: string) {
  input(field).focus();
  await sendKeys({ type: text });
  await field.updateComplete;
}

formAssociationSuite<PlazaPhoneInput>({
  tag: 'plaza-phone-input',
  attributes: { label: 'Phone number' },
  fill: (field) => type(field, '(555) 123-4567'),
  emptyValue: '',
  filledValue: '+15551234567',
  withDefault: { attributes: { value: '202.555.0123' }, value: '+12025550123' },
  restore: { state: JSON.stringify({ phone: '+1 787 555 1234' }), value: '+17875551234' },
  singleLine: true,
});

describe('readPhone', () => {
  const read = (text: string, international = false, metadata = nanpMetadata) => {
    const reading = readPhone(text, metadata, international);
    return 'problem' in reading ? reading.problem : phoneValue(reading);
  };

  it('accepts and rejects what people type, US by default', () => {
    const cases: [string, string | PhoneProblem][] = [
      ['(555) 123-4567', '+15551234567'],
      ['555.123.4567', '+15551234567'],
      ['555-123-4567', '+15551234567'],
      ['5551234567', '+15551234567'],
      ['+1 555 123 4567', '+15551234567'],
      ['1-555-123-4567', '+15551234567'],
      ['+1 (555) 123-4567 x12', '+15551234567;ext=12'],
      ['555-123-4567 ext. 99', '+15551234567;ext=99'],
      ['202 555 0123 #7', '+12025550123;ext=7'],
      ['(787) 555-1234', '+17875551234'],
      ['671 555 1234', '+16715551234'],
      ['  202‑555‑0123  ', '+12025550123'],
      ['555-1234', 'phone.tooShort'],
      ['(555) 123-456', 'phone.tooShort'],
      // No area code. Canada's number types (left out of the bundled metadata, decision 0042)
      // read it as a 7-digit universal access number and let it through as "+13101234".
      ['310-1234', 'phone.tooShort'],
      ['5551234567890', 'phone.tooLong'],
      ['+1 555 123 45678', 'phone.tooLong'],
      ['1'.repeat(41), 'phone.tooLong'],
      ['call 555-123-4567', 'phone.format'],
      ['555-CALL-NOW', 'phone.format'],
      ['javascript:alert(1)', 'phone.format'],
      ['__proto__', 'phone.format'],
      ['+44 20 7946 0958', 'phone.international'],
      ['+52 55 1234 5678', 'phone.international'],
    ];
    for (const [typed, expected] of cases) expect(read(typed), typed).to.equal(expected);
  });

  it('with international and world metadata: other countries by their codes', () => {
    expect(read('+44 20 7946 0958', true, worldMetadata)).to.equal('+442079460958');
    expect(read('+52 55 1234 5678', true, worldMetadata)).to.equal('+525512345678');
    expect(read('(555) 123-4567', true, worldMetadata)).to.equal('+15551234567');
    expect(read('+999 1234 5678', true, worldMetadata)).to.equal('phone.country');
    // The NANP metadata alone knows no other country, whatever `international` says.
    expect(read('+44 20 7946 0958', true)).to.equal('phone.country');
  });
});

describe('<plaza-phone-input>', () => {
  const stopSubmit = (event: Event) => event.preventDefault();
  before(() => document.addEventListener('submit', stopSubmit));
  after(() => document.removeEventListener('submit', stopSubmit));

  it('is a tel textbox named by its label, with autocomplete="tel" and no spelling checks', async () => {
    const field = await fixture<PlazaPhoneInput>(
      html`<plaza-phone-input
        label="Phone number"
        hint="For international numbers include the country code"
        required
      ></plaza-phone-input>`,
    );
    const node = await findByRole('textbox', 'Phone number');
    expect(node.description).to.equal('For international numbers include the country code');
    expect(node.required).to.equal(true);
    expect(input(field).type).to.equal('tel');
    expect(input(field).autocomplete).to.equal('tel');
    expect(input(field).spellcheck).to.equal(false);
  });

  it('for="other" drops the autocomplete token', async () => {
    const field = await fixture<PlazaPhoneInput>(
      html`<plaza-phone-input label="Their phone number" for="other"></plaza-phone-input>`,
    );
    expect(input(field).hasAttribute('autocomplete')).to.equal(false);
  });

  it('submits E.164 with the extension, as typed by a person', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form><plaza-phone-input name="phone" label="Phone number"></plaza-phone-input></form>`,
    );
    const field = form.querySelector('plaza-phone-input')!;
    await type(field, '+1 (555) 123-4567 x12');
    expect(new FormData(form).get('phone')).to.equal('+15551234567;ext=12');
    expect(field.value).to.equal('+1 (555) 123-4567 x12');
    expect(field.e164).to.equal('+15551234567;ext=12');
  });

  it('shows GOV.UK-style messages after a submit, and keeps what was typed', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form>
        <plaza-phone-input name="phone" label="Phone number"></plaza-phone-input>
        <button>Continue</button>
      </form>`,
    );
    const field = form.querySelector('plaza-phone-input')!;
    await type(field, '555-1234');
    await sendKeys({ press: 'Enter' });
    await field.updateComplete;
    expect(errorText(field)).to.equal(
      'Error: Phone number must have 10 numbers, like 202-555-0123',
    );
    expect(field.shadowRoot!.activeElement).to.equal(input(field));
    expect(input(field).getAttribute('aria-invalid')).to.equal('true');
    expect(new FormData(form).get('phone')).to.equal('555-1234');
    await sendKeys({ press: 'End' });
    await sendKeys({ type: '567890' });
    await field.updateComplete;
    expect(errorText(field)).to.equal('Error: Phone number has too many numbers');
  });

  it('international: accepts other countries once the world metadata is set', async () => {
    const field = await fixture<PlazaPhoneInput>(
      html`<plaza-phone-input
        label="Phone number"
        international
        .metadata=${worldMetadata}
      ></plaza-phone-input>`,
    );
    await type(field, '+44 20 7946 0958');
    expect(field.checkValidity()).to.equal(true);
    expect(field.e164).to.equal('+442079460958');
  });

  it('says a number from another country is not a US number without international', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div lang="es"><plaza-phone-input label="Teléfono"></plaza-phone-input></div>`,
    );
    const field = wrapper.querySelector('plaza-phone-input')!;
    await type(field, '+44 20 7946 0958');
    field.reportValidity();
    await field.updateComplete;
    expect(errorText(field)).to.equal(
      'Error: Teléfono debe ser un número de EE. UU.: 10 números, u 11 si empieza con 1 o +1',
    );
  });

  describe('accessibility (axe) in every state', () => {
    accessibleInEveryState(
      {
        default: html`<plaza-phone-input label="Phone number"></plaza-phone-input>`,
        hint: html`<plaza-phone-input
          label="Phone number"
          hint="We will only call about your application"
        ></plaza-phone-input>`,
        error: html`<plaza-phone-input
          label="Phone number"
          error="Enter a phone number, like 202-555-0123"
        ></plaza-phone-input>`,
        disabled: html`<plaza-phone-input
          label="Phone number"
          value="202-555-0123"
          disabled
        ></plaza-phone-input>`,
        readonly: html`<plaza-phone-input
          label="Phone number"
          value="202-555-0123"
          readonly
        ></plaza-phone-input>`,
        spanish: html`<div lang="es">
          <plaza-phone-input
            label="Teléfono"
            required
            error="Ingrese un teléfono, como 202-555-0123"
          ></plaza-phone-input>
        </div>`,
        rtl: html`<div dir="rtl" lang="ar">
          <plaza-phone-input label="رقم الهاتف" value="202-555-0123"></plaza-phone-input>
        </div>`,
      },
      fixture,
    );
  });
});

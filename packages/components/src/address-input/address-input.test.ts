import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { jurisdictions } from '@plaza/jurisdictions';
import { findAllByRole, findByRole } from '../../test/support/accessibility-tree.js';
import { accessibleInEveryState } from '../../test/support/accessible-states.js';
import { formAssociationSuite } from '../../test/support/form-association.js';
import { clickOn } from '../../test/support/person.js';
import { waitUntil } from '../../test/support/wait.js';
import '../error-summary/plaza-error-summary.js';
import './plaza-address-input.js';
import type { PlazaAddressInput } from './address-input.js';
import { LINE_MAX, lineProblem, readZip, stateOptionList } from './address-rules.js';
import { errorText } from '../../test/support/text.js';

const part = <T extends HTMLElement = HTMLInputElement>(field: PlazaAddressInput, id: string) =>
  field.shadowRoot!.querySelector<T>(`#${id}`)!;

/** Types into a part as a person does; a select takes the typed name (type-ahead). */
async function type(field: PlazaAddressInput, id: string, text: string) {
  part(field, id).focus();
  await sendKeys({ type: text });
  await field.updateComplete;
}

async function fillGeorgia(field: PlazaAddressInput) {
  await type(field, 'line1', '55 Trinity Ave SW');
  await type(field, 'city', 'Atlanta');
  await type(field, 'state', 'Georgia');
  await type(field, 'zip', '30303 1234');
}

formAssociationSuite<PlazaAddressInput>({
  tag: 'plaza-address-input',
  attributes: { label: 'What is your home address?' },
  fill: fillGeorgia,
  field: '.zip',
  emptyValue: '',
  filledValue: '30303-1234',
  restore: {
    state: JSON.stringify({ line1: '1 Calle A', city: 'San Juan', state: 'PR', zip: '00901' }),
    value: '00901',
  },
  singleLine: true,
  optionalParts: ['line2'],
});

describe('address rules', () => {
  it('reads ZIP codes and ZIP+4 as typed', () => {
    const cases: [string, string | null][] = [
      ['20500', '20500'],
      ['00901', '00901'],
      [' 20500-0003 ', '20500-0003'],
      ['20500 0003', '20500-0003'],
      ['205000003', '20500-0003'],
      ['20500‑0003', '20500-0003'],
      ['2050', null],
      ['205000', null],
      ['20500-003', null],
      ['2050O', null],
      ['__proto__', null],
      ['', null],
    ];
    for (const [typed, expected] of cases) expect(readZip(typed), typed).to.equal(expected);
  });

  it('accepts street lines in any language and rejects what no address has', () => {
    const cases: [string, string | null][] = [
      ['55 Trinity Ave SW', null],
      ['Apt. 4B', null],
      ['PO Box 1234', null],
      ['1600 Pennsylvania Avenue NW', null],
      ['Calle San José #15', null],
      ['URB Las Gladiolas', null],
      ['Bldg 3/Unit 2 & Rear', null],
      ["O'Hare Plaza, Suite 100", null],
      ['PSC 1234, Box 5678', null],
      ['123 Nguyễn Trãi', null],
      ['<script>', 'address.characters'],
      ['javascript:alert(1)', 'address.characters'],
      ['1 Main St 😀', 'address.characters'],
      ['a'.repeat(LINE_MAX), null],
      ['a'.repeat(LINE_MAX + 1), 'address.tooLong'],
    ];
    for (const [typed, expected] of cases) expect(lineProblem(typed), typed).to.equal(expected);
  });

  it('offers every USPS state code: states, DC, territories, freely associated states, AA/AE/AP', () => {
    const codes = stateOptionList().map(({ code }) => code);
    expect(codes).to.have.length(62);
    expect(new Set(codes).size).to.equal(62);
    for (const code of ['AL', 'WY', 'DC', 'PR', 'VI', 'GU', 'AS', 'MP', 'FM', 'MH', 'PW'])
      expect(codes).to.include(code);
    expect(codes.slice(-3)).to.deep.equal(['AA', 'AE', 'AP']);
  });
});

describe('<plaza-address-input>', () => {
  const stopSubmit = (event: Event) => event.preventDefault();
  before(() => document.addEventListener('submit', stopSubmit));
  after(() => document.removeEventListener('submit', stopSubmit));

  it('accepts and rejects whole addresses, marking only the first wrong part', async () => {
    const field = await fixture<PlazaAddressInput>(
      html`<plaza-address-input label="Home address" required></plaza-address-input>`,
    );
    const base = { line1: '1 Calle A', line2: '', city: 'San Juan', state: 'PR', zip: '00901' };
    const cases: [Record<string, string>, string | null, string?][] = [
      [{ ...base, urbanization: 'URB Las Gladiolas' }, null],
      [base, null],
      [{ ...base, state: 'AE', city: 'APO', zip: '09012', line1: 'Unit 2050 Box 4190' }, null],
      [{ ...base, state: 'GA', zip: '30303-1234', urbanization: 'ignored outside PR' }, null],
      [
        { ...base, line1: '' },
        'Enter address line 1, typically the building number and street',
        'line1',
      ],
      [{ ...base, city: ' ' }, 'Enter city or town', 'city'],
      [{ ...base, state: '' }, 'Select a state, territory or military post', 'state'],
      [{ ...base, zip: '' }, 'Enter ZIP code', 'zip'],
      [
        { ...base, zip: '0090' },
        'Enter a ZIP code with 5 numbers, like 20500, or 9 numbers, like 20500-0003',
        'zip',
      ],
      [
        { ...base, urbanization: '<b>' },
        'Urbanization must only include letters, numbers and the punctuation of addresses',
        'urbanization',
      ],
      [
        { ...base, line2: 'x'.repeat(101) },
        'Address line 2 must be 100 characters or less',
        'line2',
      ],
    ];
    for (const [parts, message, wrongPart] of cases) {
      field.value = parts;
      field.reportValidity();
      await field.updateComplete;
      const label = JSON.stringify(parts);
      expect(field.checkValidity() ? null : field.validationMessage, label).to.equal(message);
      if (wrongPart) {
        const invalid = [...field.shadowRoot!.querySelectorAll('[aria-invalid="true"]')];
        expect(
          invalid.map((element) => element.id),
          label,
        ).to.deep.equal([wrongPart]);
      }
    }
  });

  it("names each part, with the autocomplete tokens of the resident's own address", async () => {
    const field = await fixture<PlazaAddressInput>(
      html`<plaza-address-input label="Home address" kind="physical"></plaza-address-input>`,
    );
    await findByRole('textbox', 'Address line 1');
    await findByRole('textbox', 'Address line 2 (optional)');
    await findByRole('textbox', 'City or town');
    await findByRole('combobox', 'State, territory or military post');
    await findByRole('textbox', 'ZIP code');
    const tokens = [...field.shadowRoot!.querySelectorAll('input, select')].map(
      (element) => `${element.id} ${element.getAttribute('autocomplete')}`,
    );
    expect(tokens).to.deep.equal([
      'line1 section-physical address-line1',
      'line2 section-physical address-line2',
      'city section-physical address-level2',
      'state section-physical address-level1',
      'zip section-physical postal-code',
    ]);
    expect(part(field, 'zip').inputMode).to.equal('numeric');
    field.addressFor = 'other';
    await field.updateComplete;
    expect(field.shadowRoot!.querySelectorAll('[autocomplete]').length).to.equal(0);
  });

  it('shows the urbanization right after the state when a person chooses Puerto Rico', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form>
        <plaza-address-input name="home" label="Home address"></plaza-address-input>
      </form>`,
    );
    const field = form.querySelector('plaza-address-input')!;
    expect(field.shadowRoot!.querySelector('#urbanization')).to.equal(null);
    await type(field, 'line1', '1 Calle A');
    await type(field, 'city', 'San Juan');
    await type(field, 'state', 'Puerto Rico');
    await sendKeys({ press: 'Tab' });
    await findByRole('textbox', 'Urbanization (optional)');
    expect(field.shadowRoot!.activeElement?.id).to.equal('urbanization');
    await sendKeys({ type: 'URB Las Gladiolas' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: '00901' });
    await field.updateComplete;
    expect([...new FormData(form)]).to.deep.equal([
      ['home.line1', '1 Calle A'],
      ['home.line2', ''],
      ['home.city', 'San Juan'],
      ['home.state', 'PR'],
      ['home.zip', '00901'],
      ['home.urbanization', 'URB Las Gladiolas'],
    ]);
    expect(field.checkValidity()).to.equal(true);
  });

  it('the error summary links to the first wrong part', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form>
        <plaza-error-summary></plaza-error-summary>
        <plaza-address-input id="home" name="home" label="Home address" required>
        </plaza-address-input>
        <button>Continue</button>
      </form>`,
    );
    const field = form.querySelector('plaza-address-input')!;
    await type(field, 'line1', '55 Trinity Ave SW');
    await type(field, 'city', 'Atlanta');
    await clickOn(form.querySelector('button')!);
    const summary = form.querySelector('plaza-error-summary')!;
    await new Promise((resolve) => setTimeout(resolve));
    await summary.updateComplete;
    const link = summary.shadowRoot!.querySelector('a')!;
    expect(link.textContent!.trim()).to.equal('Select a state, territory or military post');
    await clickOn(link);
    expect(field.shadowRoot!.activeElement?.id).to.equal('state');
  });

  it('finds the county from the ZIP code with @plaza/jurisdictions', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form>
        <plaza-address-input
          name="home"
          label="Home address"
          .countyLookup=${(zip: string) => jurisdictions.findZip(zip)}
        ></plaza-address-input>
      </form>`,
    );
    const field = form.querySelector('plaza-address-input')!;
    expect(field.shadowRoot!.querySelector('#county')).to.equal(null);
    await fillGeorgia(field);
    // The lookup loads a ZIP data chunk: on a busy machine it answers after the last keystroke.
    await waitUntil(() => field.shadowRoot!.querySelector('#county'), 'no county select appeared');
    const county = await findByRole('combobox', 'County');
    expect(county.value).to.equal('Fulton County');
    expect(new FormData(form).get('home.county')).to.equal('13121');
    part(field, 'zip').select();
    await sendKeys({ press: 'Backspace' });
    await field.updateComplete;
    expect(field.shadowRoot!.querySelector('#county')).to.equal(null);
    expect(new FormData(form).get('home.county')).to.equal('');
  });

  it('"same as": a ticked box hides the parts and submits the other address', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form>
        <plaza-address-input id="home" name="home" label="Home address" required>
        </plaza-address-input>
        <plaza-address-input
          name="mail"
          label="Mailing address"
          kind="mailing"
          same-as="home"
          required
        >
        </plaza-address-input>
      </form>`,
    );
    const [home, mail] = [...form.querySelectorAll('plaza-address-input')];
    await fillGeorgia(home);
    const box = await findByRole('checkbox', 'Same as my home address');
    expect(box.checked).to.equal(false);
    await clickOn(part(mail, 'same'));
    await mail.updateComplete;
    expect(mail.shadowRoot!.querySelector('#line1')).to.equal(null);
    expect(mail.checkValidity()).to.equal(true);
    expect(new FormData(form).get('mail.zip')).to.equal('30303-1234');
    await type(home, 'line2', 'Suite 100');
    await mail.updateComplete;
    expect(new FormData(form).get('mail.line2')).to.equal('Suite 100');
    await clickOn(part(mail, 'same'));
    await mail.updateComplete;
    expect(mail.checkValidity()).to.equal(false);
    const lines = (await findAllByRole('textbox')).filter(({ name }) => name === 'Address line 1');
    expect(lines.length).to.equal(2);
  });

  it('says the message in Spanish, naming the part', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div lang="es">
        <plaza-address-input label="Dirección" required></plaza-address-input>
      </div>`,
    );
    const field = wrapper.querySelector('plaza-address-input')!;
    field.reportValidity();
    await field.updateComplete;
    expect(errorText(field)).to.equal(
      'Error: Ingrese la línea 1 de la dirección, por lo general el número y la calle',
    );
    await findByRole('combobox', 'Estado, territorio o correo militar');
  });

  describe('accessibility (axe) in every state', () => {
    const filled = { line1: '1 Calle A', city: 'San Juan', state: 'PR', zip: '00901' };
    accessibleInEveryState(
      {
        default: html`<plaza-address-input label="Home address"></plaza-address-input>`,
        hint: html`<plaza-address-input
          label="Home address"
          hint="Where you live now"
          required
        ></plaza-address-input>`,
        'error on a part': async () => {
          const field = await fixture<PlazaAddressInput>(
            html`<plaza-address-input label="Home address" required></plaza-address-input>`,
          );
          field.reportValidity();
          await field.updateComplete;
          return field;
        },
        'Puerto Rico with urbanization': html`<plaza-address-input
          label="Home address"
          .value=${filled}
        ></plaza-address-input>`,
        'same as': html`<plaza-address-input id="home-a" label="Home address"></plaza-address-input>
          <plaza-address-input label="Mailing address" same-as="home-a"></plaza-address-input>`,
        disabled: html`<plaza-address-input
          label="Home address"
          disabled
          .value=${filled}
        ></plaza-address-input>`,
        spanish: html`<div lang="es">
          <plaza-address-input label="Dirección" error="Ingrese la dirección"></plaza-address-input>
        </div>`,
        rtl: html`<div dir="rtl" lang="ar">
          <plaza-address-input label="العنوان" .value=${filled}></plaza-address-input>
        </div>`,
      },
      fixture,
    );
  });
});

import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { findAccessible } from '../../test/support/accessibility-tree.js';
import { mount } from '../../test/support/mount.js';
import { formAssociationSuite } from '../../test/support/form-association.js';
import './plaza-date-input.js';
import type { PlazaDateInput } from './date-input.js';
import { parseMonth } from './date-parts.js';
import { errorText } from '../../test/support/text.js';
import { accessibleInEveryState } from '../../test/support/accessible-states.js';

type Part = 'day' | 'month' | 'year';
const part = (field: PlazaDateInput, name: Part) =>
  field.shadowRoot!.querySelector<HTMLInputElement>(`#${name}`)!;
/** The inputs in page order, by id. */
const pageOrder = (field: PlazaDateInput) =>
  [...field.shadowRoot!.querySelectorAll('input')].map((input) => input.id);
/** The marked parts, day, month, year (whatever order the page shows them in). */
const invalidParts = (field: PlazaDateInput) =>
  [...field.shadowRoot!.querySelectorAll('input[aria-invalid="true"]')]
    .map((input) => input.id)
    .sort((a, b) => ['day', 'month', 'year'].indexOf(a) - ['day', 'month', 'year'].indexOf(b));

async function typeDate(field: PlazaDateInput, day: string, month: string, year: string) {
  // A failed submit moves focus to the first wrong part in a task of its own: let it land first.
  await new Promise((resolve) => setTimeout(resolve));
  for (const [name, text] of [
    ['day', day],
    ['month', month],
    ['year', year],
  ] as const) {
    if (!text) continue;
    part(field, name).focus();
    await sendKeys({ type: text });
  }
  await field.updateComplete;
}

/** The text of the elements the fieldset's aria-describedby names, in order. */
const groupDescription = (field: PlazaDateInput) =>
  (field.shadowRoot!.querySelector('fieldset')!.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => field.shadowRoot!.getElementById(id)!.textContent!.replace(/\s+/g, ' ').trim())
    .join(' ');

async function submitted(template: ReturnType<typeof html>) {
  const form = await fixture<HTMLFormElement>(template);
  const field = form.querySelector('plaza-date-input')!;
  return { form, field };
}

formAssociationSuite<PlazaDateInput>({
  tag: 'plaza-date-input',
  attributes: { label: 'Date of birth' },
  fill: (field) => typeDate(field, '5', 'jan', '1990'),
  emptyValue: '',
  filledValue: '1990-01-05',
  withDefault: { attributes: { value: '1985-12-31' }, value: '1985-12-31' },
  restore: { state: JSON.stringify(['7', 'enero', '2001']), value: '2001-01-07' },
  singleLine: true,
});

describe('parseMonth', () => {
  it('reads numbers and month names in English and Spanish', () => {
    const cases: [string, number | null][] = [
      ['1', 1],
      ['03', 3],
      ['12', 12],
      ['13', null],
      ['0', null],
      ['jan', 1],
      ['January', 1],
      ['SEPT', 9],
      ['Sept.', 9],
      ['sep', 9],
      ['enero', 1],
      ['ene', 1],
      ['agosto', 8],
      ['ago', 8],
      ['dic', 12],
      ['diciembre', 12],
      ['marzo', 3],
      ['febr', 2],
      ['ma', null],
      ['ju', null],
      ['june', 6],
      ['junio', 6],
      ['Septiembre', 9],
      ['setiembre', null],
      ['x1', null],
    ];
    for (const [typed, expected] of cases) expect(parseMonth(typed), typed).to.equal(expected);
  });
});

describe('<plaza-date-input>', () => {
  // A test whose form wrongly validates must fail, not navigate the test page away.
  const stopSubmit = (event: Event) => event.preventDefault();
  before(() => document.addEventListener('submit', stopSubmit));
  after(() => document.removeEventListener('submit', stopSubmit));

  it('is a group named by its legend, with inputs labelled Day, Month and Year', async () => {
    const field = await fixture<PlazaDateInput>(
      html`<plaza-date-input
        label="Date of birth"
        hint="For example, 27 3 2007"
        required
      ></plaza-date-input>`,
    );
    // The snapshot prunes unfocusable groups, so the group is read from the DOM: a fieldset whose
    // legend names it and whose aria-describedby points at the hint.
    const fieldset = field.shadowRoot!.querySelector('fieldset')!;
    expect(fieldset.querySelector(':scope > legend')!.textContent!.trim()).to.equal(
      'Date of birth',
    );
    expect(groupDescription(field)).to.equal('For example, 27 3 2007');
    const names: string[] = [];
    for (const name of ['Day', 'Month', 'Year']) {
      names.push(
        (await findAccessible((node) => node.role === 'textbox' && node.name === name)).name,
      );
    }
    expect(names).to.deep.equal(['Day', 'Month', 'Year']);
    part(field, 'month').labels![0].click();
    expect(field.shadowRoot!.activeElement).to.equal(part(field, 'month'));
  });

  it('uses a numeric keyboard, and bday-* autocomplete when asked', async () => {
    const field = await fixture<PlazaDateInput>(
      html`<plaza-date-input label="Date of birth" autocomplete="bday"></plaza-date-input>`,
    );
    for (const name of ['day', 'month', 'year'] as const) {
      expect(part(field, name).inputMode).to.equal('numeric');
      expect(part(field, name).type).to.equal('text');
      expect(part(field, name).getAttribute('autocomplete')).to.equal(`bday-${name}`);
    }
    const plain = await fixture<PlazaDateInput>(
      html`<plaza-date-input label="Date you moved"></plaza-date-input>`,
    );
    expect(part(plain, 'day').hasAttribute('autocomplete')).to.equal(false);
  });

  it('submits ISO 8601 and keeps exactly what was typed', async () => {
    const { form, field } = await submitted(
      html`<form><plaza-date-input name="dob" label="Date of birth"></plaza-date-input></form>`,
    );
    await typeDate(field, '9', 'Sept', '1987');
    expect(new FormData(form).get('dob')).to.equal('1987-09-09');
    expect(field.value).to.equal('1987-09-09');
    expect(field.parts).to.deep.equal({ day: '9', month: 'Sept', year: '1987' });
    expect(part(field, 'month').value).to.equal('Sept');
  });

  it('accepts Spanish month names', async () => {
    const { form, field } = await submitted(
      html`<form lang="es">
        <plaza-date-input name="f" label="Fecha de nacimiento"></plaza-date-input>
      </form>`,
    );
    await typeDate(field, '2', 'enero', '2000');
    expect(new FormData(form).get('f')).to.equal('2000-01-02');
    expect(field.shadowRoot!.querySelector('label[for="day"]')!.textContent).to.equal('Día');
  });

  it('sets the parts from an ISO value', async () => {
    const field = await fixture<PlazaDateInput>(
      html`<plaza-date-input label="Start date" value="2024-03-07"></plaza-date-input>`,
    );
    expect(part(field, 'day').value).to.equal('7');
    expect(part(field, 'month').value).to.equal('3');
    expect(part(field, 'year').value).to.equal('2024');
    field.value = '2025-11-30';
    await field.updateComplete;
    expect(part(field, 'day').value).to.equal('30');
    expect(field.value).to.equal('2025-11-30');
  });

  it('follows the GOV.UK date error rules in priority order, marking only the wrong parts', async () => {
    const cases: [string, [string, string, string], string, Part[]][] = [
      ['required', ['', '', ''], 'Enter date of birth', ['day', 'month', 'year']],
      ['', ['12', '', '1990'], 'Date of birth must include a month', ['month']],
      ['', ['', '', '1990'], 'Date of birth must include a day and month', ['day', 'month']],
      ['', ['3', '4', ''], 'Date of birth must include a year', ['year']],
      ['', ['', '13', ''], 'Date of birth must include a day and year', ['day', 'year']],
      ['', ['32', '13', '1990'], 'Date of birth must be a real date', ['day', 'month']],
      ['', ['31', '12', '1990'], '', []],
      ['', ['30', 'feb', '1990'], 'Date of birth must be a real date', ['day']],
      ['', ['29', '2', '2023'], 'Date of birth must be a real date', ['day']],
      ['', ['1', 'smarch', '1990'], 'Date of birth must be a real date', ['month']],
      ['', ['1', '1', '19x0'], 'Date of birth must be a real date', ['year']],
      ['past', ['1', '1', '85'], 'Year must include 4 numbers', ['year']],
      ['past', ['1', '1', '2030'], 'Date of birth must be in the past', ['day', 'month', 'year']],
      [
        'future',
        ['1', '1', '2020'],
        'Date of birth must be in the future',
        ['day', 'month', 'year'],
      ],
      [
        'min="1900-01-01"',
        ['31', '12', '1899'],
        'Date of birth must be the same as or after January 1, 1900',
        ['day', 'month', 'year'],
      ],
      [
        'max="2008-06-30"',
        ['1', 'jul', '2008'],
        'Date of birth must be the same as or before June 30, 2008',
        ['day', 'month', 'year'],
      ],
    ];
    for (const [attributes, [day, month, year], expected, wrong] of cases) {
      const form = document.createElement('form');
      form.innerHTML = `<plaza-date-input name="d" label="Date of birth" today="2026-11-24" ${attributes}></plaza-date-input>`;
      document.body.append(form);
      try {
        const field = form.querySelector('plaza-date-input')!;
        await field.updateComplete;
        await typeDate(field, day, month, year);
        form.requestSubmit();
        await field.updateComplete;
        const label = `${attributes} ${day}/${month}/${year}`;
        expect(errorText(field), label).to.equal(expected ? `Error: ${expected}` : null);
        expect(invalidParts(field), label).to.deep.equal(wrong);
        expect(field.validationMessage, label).to.equal(expected);
      } finally {
        form.remove();
      }
    }
  });

  it('asks month first in the US (en, es, en-US, es-US), day first in en-GB; order overrides', async () => {
    const cases: [string, string, Part[]][] = [
      ['en', '', ['month', 'day', 'year']],
      ['en-US', '', ['month', 'day', 'year']],
      ['es', '', ['month', 'day', 'year']],
      ['es-US', '', ['month', 'day', 'year']],
      ['en-GB', '', ['day', 'month', 'year']],
      ['es-MX', '', ['day', 'month', 'year']],
      // A bare language on a US service is read as living in the US (vi, zh, ja: month first).
      ['ja', '', ['month', 'day', 'year']],
      ['ja-JP', '', ['year', 'month', 'day']],
      ['en-US', 'dmy', ['day', 'month', 'year']],
      ['en-GB', 'mdy', ['month', 'day', 'year']],
      ['en', 'ymd', ['year', 'month', 'day']],
      ['en-GB', 'nonsense', ['day', 'month', 'year']],
    ];
    for (const [lang, order, expected] of cases) {
      const wrapper = await mount<HTMLDivElement>(
        html`<div lang=${lang}>
          <plaza-date-input label="Date of birth" order=${order}></plaza-date-input>
        </div>`,
      );
      const field = wrapper.querySelector('plaza-date-input')!;
      await field.updateComplete;
      expect(pageOrder(field), `${lang} ${order}`).to.deep.equal(expected);
    }
  });

  it('marks all three parts of an empty required date and focuses the first on the page', async () => {
    const { form, field } = await submitted(
      html`<form lang="en-GB">
        <plaza-date-input name="d" label="Date of birth" required></plaza-date-input>
        <button>Continue</button>
      </form>`,
    );
    form.querySelector('button')!.focus();
    await sendKeys({ press: 'Enter' });
    await field.updateComplete;
    expect(invalidParts(field)).to.deep.equal(['day', 'month', 'year']);
    expect(field.shadowRoot!.activeElement).to.equal(part(field, 'day'));
    form.lang = 'en-US';
    await field.updateComplete;
    await field.updateComplete;
    form.querySelector('button')!.focus();
    await sendKeys({ press: 'Enter' });
    await field.updateComplete;
    expect(pageOrder(field)).to.deep.equal(['month', 'day', 'year']);
    expect(field.shadowRoot!.activeElement).to.equal(part(field, 'month'));
  });

  it('says "Enter a date" for a label that is a question and no error-name', async () => {
    const { form, field } = await submitted(
      html`<form>
        <plaza-date-input name="d" label="When were you born?" required></plaza-date-input>
      </form>`,
    );
    expect(form.checkValidity()).to.equal(false);
    expect(field.validationMessage).to.equal('Enter a date');
    await typeDate(field, '', '2', '1990');
    expect(field.validationMessage).to.equal('A date must include a day');
  });

  it('allows an empty optional date, and 29 February in a leap year', async () => {
    const { form, field } = await submitted(
      html`<form><plaza-date-input name="d" label="Date"></plaza-date-input></form>`,
    );
    expect(form.checkValidity()).to.equal(true);
    await typeDate(field, '29', '2', '2024');
    expect(form.checkValidity()).to.equal(true);
    expect(new FormData(form).get('d')).to.equal('2024-02-29');
  });

  it('sends focus to the first wrong part after a failed submit, with no error on blur', async () => {
    const { form, field } = await submitted(
      html`<form>
        <plaza-date-input name="d" label="Date of birth" required></plaza-date-input>
      </form>`,
    );
    await typeDate(field, '12', '', '1990');
    part(field, 'year').blur();
    await field.updateComplete;
    expect(errorText(field)).to.equal(null);
    form.requestSubmit();
    await new Promise((resolve) => setTimeout(resolve));
    await field.updateComplete;
    expect(field.shadowRoot!.activeElement).to.equal(part(field, 'month'));
    expect(field.matches(':state(user-invalid)')).to.equal(true);
    await sendKeys({ type: 'mar' });
    await field.updateComplete;
    expect(errorText(field)).to.equal(null, 'rechecks as the user corrects it');
    expect(field.value).to.equal('1990-03-12');
  });

  it('exposes the error as the group description and invalid parts to assistive technology', async () => {
    const { form, field } = await submitted(
      html`<form>
        <plaza-date-input name="d" label="Date of birth" hint="For example, 27 3 2007">
        </plaza-date-input>
      </form>`,
    );
    await typeDate(field, '40', '3', '2000');
    form.requestSubmit();
    await field.updateComplete;
    expect(groupDescription(field)).to.equal(
      'For example, 27 3 2007 Error: Date of birth must be a real date',
    );
    const day = await findAccessible((node) => node.role === 'textbox' && node.name === 'Day');
    const month = await findAccessible((node) => node.role === 'textbox' && node.name === 'Month');
    expect(day.invalid).to.equal('true');
    expect(month.invalid ?? 'false').to.equal('false');
  });

  it('speaks Spanish, and uses error-name and overrides', async () => {
    const { form, field } = await submitted(
      html`<form lang="es">
        <plaza-date-input name="d" label="Fecha de nacimiento" required></plaza-date-input>
      </form>`,
    );
    await typeDate(field, '3', '', '');
    form.requestSubmit();
    await field.updateComplete;
    expect(errorText(field)).to.equal('Error: Fecha de nacimiento debe incluir el mes y el año');
    const overridden = await submitted(
      html`<form>
        <plaza-date-input
          name="d"
          label="Date of birth"
          error-name="your date of birth"
          required
          error-messages='{"valueMissing": "Enter the date you were born"}'
        ></plaza-date-input>
      </form>`,
    );
    overridden.form.requestSubmit();
    await overridden.field.updateComplete;
    expect(errorText(overridden.field)).to.equal('Error: Enter the date you were born');
    await typeDate(overridden.field, '1', '1', '');
    expect(errorText(overridden.field)).to.equal('Error: Your date of birth must include a year');
  });

  it('runs custom validators on the ISO value', async () => {
    const { form, field } = await submitted(
      html`<form><plaza-date-input name="d" label="Start date"></plaza-date-input></form>`,
    );
    field.validators = [
      (iso) =>
        new Date(`${iso}T00:00:00Z`).getUTCDay() === 0
          ? {
              flag: 'customError',
              key: 'validation.custom',
              message: 'Start date cannot be a Sunday',
            }
          : null,
    ];
    await typeDate(field, '23', '11', '2025');
    form.requestSubmit();
    await field.updateComplete;
    expect(errorText(field)).to.equal('Error: Start date cannot be a Sunday');
    expect(invalidParts(field)).to.deep.equal(['day', 'month', 'year']);
  });

  it('shows a server error on every part until the user edits', async () => {
    const field = await fixture<PlazaDateInput>(
      html`<plaza-date-input
        label="Date of birth"
        value="1990-01-01"
        error="Date of birth does not match our records"
      ></plaza-date-input>`,
    );
    expect(errorText(field)).to.equal('Error: Date of birth does not match our records');
    expect(invalidParts(field)).to.deep.equal(['day', 'month', 'year']);
    part(field, 'day').focus();
    await sendKeys({ press: 'Backspace' });
    await sendKeys({ type: '2' });
    await field.updateComplete;
    expect(errorText(field)).to.equal(null);
  });

  it('fires input and change from the host on user action only', async () => {
    const field = await fixture<PlazaDateInput>(
      html`<plaza-date-input label="Date"></plaza-date-input>`,
    );
    let inputs = 0;
    field.addEventListener('input', () => (inputs += 1));
    field.value = '2020-01-01';
    await field.updateComplete;
    expect(inputs).to.equal(0);
    part(field, 'day').focus();
    await sendKeys({ type: '4' });
    expect(inputs).to.equal(1);
    const changed = oneEvent(field, 'change');
    part(field, 'day').blur();
    await changed;
  });

  it('renders the legend as the page heading when asked', async () => {
    const field = await fixture<PlazaDateInput>(
      html`<plaza-date-input label="What is your date of birth?" page-heading required>
      </plaza-date-input>`,
    );
    expect(field.shadowRoot!.querySelector('legend > h1')!.textContent!.trim()).to.equal(
      'What is your date of birth?',
    );
  });

  describe('accessibility (axe) in every state', () => {
    const states = {
      default: html`<plaza-date-input label="Date of birth"></plaza-date-input>`,
      hint: html`<plaza-date-input
        label="Date of birth"
        hint="For example, 27 3 2007"
        autocomplete="bday"
      ></plaza-date-input>`,
      error: html`<plaza-date-input
        label="Date of birth"
        error="Date of birth must be in the past"
        value="2030-01-01"
      ></plaza-date-input>`,
      disabled: html`<plaza-date-input label="Date of birth" disabled></plaza-date-input>`,
      heading: html`<plaza-date-input label="When did you move?" page-heading></plaza-date-input>`,
      spanish: html`<div lang="es">
        <plaza-date-input
          label="Fecha de nacimiento"
          hint="Por ejemplo, 27 3 2007"
          error="Fecha de nacimiento debe incluir el mes"
        ></plaza-date-input>
      </div>`,
      rtl: html`<div dir="rtl" lang="ar">
        <plaza-date-input label="تاريخ الميلاد"></plaza-date-input>
      </div>`,
    };
    accessibleInEveryState(states, fixture);
  });
});

import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { evaluate, loadRuleSet } from '@plaza/eligibility';
import { findByRole } from '../../test/support/accessibility-tree.js';
import { formAssociationSuite } from '../../test/support/form-association.js';
import './plaza-money-input.js';
import type { PlazaMoneyInput } from './money-input.js';
import { MONEY_PERIODS, formatCents, parseMoney, parsePeriods } from './money.js';
import { errorText } from '../../test/support/text.js';

const amountInput = (field: PlazaMoneyInput) =>
  field.shadowRoot!.querySelector<HTMLInputElement>('#amount')!;
const periodSelect = (field: PlazaMoneyInput) =>
  field.shadowRoot!.querySelector<HTMLSelectElement>('#period')!;

async function type(field: PlazaMoneyInput, text: string) {
  amountInput(field).focus();
  await sendKeys({ type: text });
  await field.updateComplete;
}

formAssociationSuite<PlazaMoneyInput>({
  tag: 'plaza-money-input',
  attributes: { label: 'Monthly rent' },
  fill: (field) => type(field, '$1,200.50'),
  emptyValue: '',
  filledValue: '1200.50',
  withDefault: { attributes: { value: '950' }, value: '950.00' },
  restore: { state: JSON.stringify({ amount: '1,000' }), value: '1000.00' },
  singleLine: true,
});

describe('parseMoney', () => {
  it('reads amounts as people type them, in cents', () => {
    const cases: [string, number | string][] = [
      ['1,200', 120000],
      ['$1200.50', 120050],
      ['$ 1,200.5', 120050],
      ['US$75', 7500],
      ['0', 0],
      ['.99', 99],
      ['12.', 1200],
      ['1,234,567.89', 123456789],
      ['999999999999.99', 99999999999999],
      ['1,20', 'money.format'],
      ['12,34.00', 'money.format'],
      ['1.234', 'money.cents'],
      ['-5', 'money.format'],
      ['12 dollars', 'money.format'],
      ['1e3', 'money.format'],
      ['$', 'money.format'],
      ['.', 'money.format'],
      ['1000000000000', 'money.format'],
      ['١٢٣', 'money.format'],
    ];
    for (const [typed, expected] of cases) {
      const parsed = parseMoney(typed);
      expect('cents' in parsed ? parsed.cents : parsed.problem, typed).to.equal(expected);
    }
  });

  it('formats dollars in US English and US Spanish', () => {
    expect(formatCents(120050, 'en')).to.equal('$1,200.50');
    expect(formatCents(120000, 'es')).to.equal('$1,200');
    expect(formatCents(120050, 'es-US')).to.equal('$1,200.50');
  });

  it('offers the eligibility periods in their order', () => {
    expect(parsePeriods('month week')).to.deep.equal(['week', 'month']);
    expect(parsePeriods('all')).to.deep.equal([...MONEY_PERIODS]);
    expect(parsePeriods('fortnight')).to.deep.equal([]);
  });
});

describe('<plaza-money-input>', () => {
  const stopSubmit = (event: Event) => event.preventDefault();
  before(() => document.addEventListener('submit', stopSubmit));
  after(() => document.removeEventListener('submit', stopSubmit));

  it('alone: a textbox named by its label and described as in dollars, with a decimal keypad', async () => {
    const field = await fixture<PlazaMoneyInput>(
      html`<plaza-money-input
        label="Monthly rent"
        hint="Do not include utilities"
      ></plaza-money-input>`,
    );
    const node = await findByRole('textbox');
    expect(node.name).to.equal('Monthly rent (optional)');
    expect(node.description).to.equal('Do not include utilities in dollars');
    expect(amountInput(field).inputMode).to.equal('decimal');
    expect(amountInput(field).type).to.equal('text');
    await expect(field).to.be.accessible();
  });

  it('with periods: a group with "Amount in dollars" and a "How often" select, both submitted', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form>
        <plaza-money-input
          name="income"
          label="How much do you earn before taxes?"
          error-name="your earnings"
          periods="all"
          required
        ></plaza-money-input>
        <button>Continue</button>
      </form>`,
    );
    const field = form.querySelector('plaza-money-input')!;
    expect((await findByRole('textbox', 'Amount in dollars')).required).to.equal(true);
    await findByRole('combobox', 'How often');
    await type(field, '2,100');
    await sendKeys({ press: 'Enter' });
    await field.updateComplete;
    expect(errorText(field)).to.equal('Error: Your earnings must include how often');
    expect(field.shadowRoot!.activeElement, 'focus on the wrong part').to.equal(
      periodSelect(field),
    );
    expect(periodSelect(field).getAttribute('aria-invalid')).to.equal('true');
    expect(amountInput(field).hasAttribute('aria-invalid')).to.equal(false);
    await expect(field).to.be.accessible();
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    await field.updateComplete;
    expect(errorText(field)).to.equal(null);
    expect([...new FormData(form)]).to.deep.equal([
      ['income', '2100.00'],
      ['income.period', 'biweek'],
    ]);
    expect(field.cents).to.equal(210000);
    expect(field.answer).to.deep.equal({ amount: 2100, period: 'biweek' });
  });

  it('gives the eligibility engine an answer it takes as is', async () => {
    const field = await fixture<PlazaMoneyInput>(
      html`<plaza-money-input label="Income" periods="week month"></plaza-money-input>`,
    );
    await type(field, '500');
    periodSelect(field).focus();
    await sendKeys({ press: 'ArrowDown' });
    await field.updateComplete;
    expect(field.answer).to.deep.equal({ amount: 500, period: 'week' });
    const rules = loadRuleSet({
      id: 'money-answer',
      version: '1.0.0',
      facts: [{ id: 'income', type: 'money', question: 'q.income' }],
      programs: [
        {
          id: 'p',
          name: 'P',
          agency: 'A',
          criteria: [
            { id: 'low', when: { '<=': [{ fact: 'income' }, { money: [2000, 'month'] }] } },
          ],
        },
      ],
    } as never);
    const status = (answer: unknown) =>
      evaluate(rules, { income: answer } as never).programs[0].status;
    // 500 a week is 2,166.67 a month: over 2,000; 500 a month is under.
    expect(status(field.answer)).to.equal('unlikely');
    periodSelect(field).focus();
    await sendKeys({ press: 'ArrowDown' });
    await field.updateComplete;
    expect(status(field.answer)).to.equal('likely');
  });

  it('shows specific messages: format, cents, range', async () => {
    const field = await fixture<PlazaMoneyInput>(
      html`<plaza-money-input label="Rent" max="10000"></plaza-money-input>`,
    );
    const cases: [string, string][] = [
      ['12 dollars', 'Error: Rent must be an amount in dollars, like 600 or 193.54'],
      ['1.999', 'Error: Rent must have no more than 2 numbers after the decimal point'],
      ['10,000.01', 'Error: Rent must be $10,000 or less'],
    ];
    for (const [typed, message] of cases) {
      amountInput(field).select();
      await type(field, typed);
      field.reportValidity();
      await field.updateComplete;
      expect(errorText(field), typed).to.equal(message);
      expect(field.value, 'typed text kept').to.equal(typed);
    }
    await expect(field).to.be.accessible();
  });

  it('is accessible when disabled, and in Spanish with an error', async () => {
    const disabled = await fixture<PlazaMoneyInput>(
      html`<plaza-money-input
        label="Rent"
        value="900"
        periods="month"
        disabled
      ></plaza-money-input>`,
    );
    expect(periodSelect(disabled).disabled).to.equal(true);
    await expect(disabled).to.be.accessible();
    const wrapper = await fixture<HTMLElement>(
      html`<div lang="es">
        <plaza-money-input label="Ingresos" periods="all" value="abc"></plaza-money-input>
      </div>`,
    );
    const field = wrapper.querySelector('plaza-money-input')!;
    field.reportValidity();
    await field.updateComplete;
    expect(errorText(field)).to.equal(
      'Error: Ingresos debe ser una cantidad en dólares, como 600 o 193.54',
    );
    await findByRole('combobox', 'Con qué frecuencia');
    await expect(wrapper).to.be.accessible();
  });
});

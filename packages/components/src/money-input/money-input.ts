import { html, nothing, type PropertyDeclarations } from 'lit';
import {
  PlazaPartsControl,
  missing,
  wrong,
  type PartSpec,
  type PartValues,
  type PartsProblem,
} from '../parts/parts-control.js';
import {
  MAX_CENTS,
  centsToDecimal,
  formatCents,
  parseMoney,
  parsePeriods,
  type MoneyPeriod,
} from './money.js';
import { moneyInputStyles } from './money-input.styles.js';
import { messages } from './money-input.messages.js';

/** The answer `@plaza/eligibility` takes for a `money` question: dollars and their period. */
export interface MoneyAnswer {
  amount: number;
  period: MoneyPeriod;
}

/**
 * @summary An amount of money in dollars, with an optional "how often" (every week, every 2
 * weeks, twice a month, every month, every year). Accepts "1,200" and "$1200.50"; keeps cents.
 *
 * @slot hint - Rich hint content; replaces the `hint` attribute.
 *
 * @csspart field - The wrapper of label, hint, error and input (one part).
 * @csspart fieldset - The fieldset around amount and period (with `periods`).
 * @csspart legend - The question, with `periods`.
 * @csspart label - The label (one part).
 * @csspart hint - The hint text.
 * @csspart error-message - The error message.
 * @csspart part-label - The "Amount in dollars" and "How often" labels, with `periods`.
 * @csspart input - The amount input (also `amount-input`).
 * @csspart select - The period select (also `period-select`).
 * @csspart currency - The "$" before the amount.
 *
 * @cssprop [--plaza-parts-border-color=var(--plaza-color-border)] - Border of input and select.
 *
 * @fires input - When the user types or picks a period (native, composed).
 * @fires change - When the user commits a change.
 * @fires invalid - When validation fails on submit or `reportValidity()`.
 *
 * Accessibility: the "$" is hidden from screen readers; alone, the input is described as "in
 * dollars", and with periods it is labelled "Amount in dollars". The period is a native select
 * labelled "How often". The amount uses a decimal keypad (`inputmode="decimal"`), never
 * `type="number"`, which changes values on scroll and rejects commas.
 */
export class PlazaMoneyInput extends PlazaPartsControl {
  static override properties: PropertyDeclarations = {
    defaultValue: { attribute: 'value' },
    periods: {},
    period: {},
    max: { type: Number },
  };
  static override styles = moneyInputStyles;
  static override messages = messages;

  /** The initial amount, restored by `form.reset()`. */
  defaultValue = '';
  /** The periods offered in a "How often" select, such as `week biweek month`, or `all`. */
  periods = '';
  /** The period of the amount: chosen at first in the select, or fixed when none is offered. */
  period: MoneyPeriod | '' = '';
  /** The largest amount allowed, in dollars. */
  max: number | undefined;

  /** What the user typed, exactly. */
  get value(): string {
    return this.partValues.amount;
  }

  set value(value: string) {
    this.partValues = { ...this.partValues, amount: value == null ? '' : String(value) };
  }

  /** The amount in whole cents, or null while it is empty or not an amount. */
  get cents(): number | null {
    const parsed = parseMoney(this.value);
    return this.value.trim() !== '' && 'cents' in parsed ? parsed.cents : null;
  }

  /** The period chosen (or fixed), or '' when none is. */
  get chosenPeriod(): MoneyPeriod | '' {
    return this.#offered().length ? (this.partValues.period as MoneyPeriod | '') : this.period;
  }

  /**
   * The answer for `@plaza/eligibility`: `{ amount, period }` in dollars, the period `month`
   * when none is asked or fixed (the engine's default); null without an amount.
   */
  get answer(): MoneyAnswer | null {
    const cents = this.cents;
    return cents === null ? null : { amount: cents / 100, period: this.chosenPeriod || 'month' };
  }

  protected override get partSpecs(): PartSpec[] {
    const amount: PartSpec = {
      id: 'amount',
      label: this.t('money.amount'),
      inputmode: 'decimal',
      required: this.required,
    };
    const offered = this.#offered();
    if (!offered.length) return [amount];
    const options = [
      { value: '', label: this.t('money.choose') },
      ...offered.map((period) => ({ value: period, label: this.t(`money.${period}`) })),
    ];
    return [
      amount,
      {
        id: 'period',
        label: this.t('money.howOften'),
        options,
        required: this.required,
      },
    ];
  }

  protected override initialParts(): PartValues {
    return { amount: this.defaultValue, period: this.period };
  }

  protected override checkParts({ amount, period }: PartValues): PartsProblem | null {
    const offered = this.#offered();
    if (amount.trim() === '') {
      if (this.required || (offered.length && period)) return missing('amount');
      return null;
    }
    const parsed = parseMoney(amount);
    if ('problem' in parsed) return wrong('amount', parsed.problem);
    const max = Math.min(MAX_CENTS, Math.round((this.max ?? Infinity) * 100));
    if (parsed.cents > max) {
      return {
        issue: {
          flag: 'rangeOverflow',
          key: 'money.max',
          args: { max: formatCents(max, this.localize.lang) },
        },
        parts: ['amount'],
      };
    }
    if (offered.length && !period) {
      return { issue: { flag: 'valueMissing', key: 'money.periodMissing' }, parts: ['period'] };
    }
    return null;
  }

  /** `${name}`: the amount as a plain decimal ("1200.50"); `${name}.period` with periods. */
  protected override formEntries({ amount, period }: PartValues): [string, string][] {
    const cents = this.cents;
    const entries: [string, string][] = [
      ['', cents === null ? amount.trim() : centsToDecimal(cents)],
    ];
    if (this.#offered().length) entries.push(['.period', period]);
    return entries;
  }

  protected override renderBeforePart(id: string) {
    if (id !== 'amount') return nothing;
    return html`<span class="currency" part="currency" aria-hidden="true">$</span>`;
  }

  /** Alone, the input says "in dollars" through a visually hidden description. */
  protected override renderAfterPart(id: string) {
    if (id !== 'amount' || this.#offered().length) return nothing;
    return html`<span id="in-dollars" class="visually-hidden">${this.t('money.inDollars')}</span>`;
  }

  protected override extraDescription(id: string): string {
    return id === 'amount' && !this.#offered().length ? 'in-dollars' : '';
  }

  #offered(): MoneyPeriod[] {
    return parsePeriods(this.periods);
  }
}

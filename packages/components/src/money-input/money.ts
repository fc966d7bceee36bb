/**
 * Amounts of money as residents type them ("1,200", "$1200.50"), held as whole cents so sums
 * and comparisons are exact. Pure functions, no DOM.
 */

/** The periods `@plaza/eligibility` understands, in the order they are offered. */
export const MONEY_PERIODS = ['week', 'biweek', 'semimonth', 'month', 'year'] as const;
export type MoneyPeriod = (typeof MONEY_PERIODS)[number];

/** The largest amount taken: 999,999,999,999.99 dollars, well inside exact integer cents. */
export const MAX_CENTS = 99_999_999_999_999;

export type MoneyParse = { cents: number } | { problem: 'money.format' | 'money.cents' };

/**
 * Reads an amount: an optional "$", digits with thousands commas in the right places (or none),
 * and up to 2 decimals. Spaces anywhere are ignored.
 */
export function parseMoney(text: string): MoneyParse {
  const cleaned = text.replace(/\s/gu, '').replace(/^(US)?\$/iu, '');
  const match = /^(\d{1,3}(?:,\d{3})+|\d+)?(?:\.(\d*))?$/u.exec(cleaned);
  if (!match || (!match[1] && !match[2])) return { problem: 'money.format' };
  const fraction = match[2] ?? '';
  if (fraction.length > 2) return { problem: 'money.cents' };
  const whole = (match[1] ?? '0').replace(/,/gu, '');
  if (whole.length > 12) return { problem: 'money.format' };
  return { cents: Number(whole) * 100 + Number(fraction.padEnd(2, '0')) };
}

/** Cents as the plain decimal a form submits: 120050 -> "1200.50". */
export function centsToDecimal(cents: number): string {
  return `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')}`;
}

/** The locale for US numbers in the resident's language: plain Spanish writes them as in the US (`es` -> `es-US`). */
export function usLocale(lang: string): string {
  return lang.toLowerCase() === 'es' ? 'es-US' : lang || 'en-US';
}

/** Dollars in the resident's language, US style for Spanish too (`es` -> `es-US`). */
export function formatCents(cents: number, lang: string): string {
  return new Intl.NumberFormat(usLocale(lang), {
    style: 'currency',
    currency: 'USD',
    minimumFractionDigits: cents % 100 === 0 ? 0 : 2,
  }).format(cents / 100);
}

/** Reads `periods="week month"` (or `all`), keeping the known ones in the standard order. */
export function parsePeriods(value: string): MoneyPeriod[] {
  const words = new Set(value.toLowerCase().split(/[\s,]+/u));
  if (words.has('all')) return [...MONEY_PERIODS];
  return MONEY_PERIODS.filter((period) => words.has(period));
}

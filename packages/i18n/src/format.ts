/**
 * Numbers, money, percentages and dates through Intl, in the conventions of the United States
 * unless the language tag names another region: `es` is formatted as `es-US` ("$2,000.00",
 * "87.85%"), `en` as `en-US`, while `es-MX` or `en-GB` keep their own.
 */

export interface Money {
  amount: number;
  currency: string;
}
export type MessageArg = string | number | Date | Money;

/**
 * The locale Intl formats `lang` with: a bare language (`es`, `en`, `vi`) gains the US region;
 * a tag with a region or script is kept; a tag Intl rejects (`es-!!`, `es_MX`, empty) formats as `en-US`.
 */
export function formatLocale(lang: string): string {
  try {
    const [tag] = Intl.getCanonicalLocales(lang);
    return tag.includes('-') ? tag : `${tag}-US`;
  } catch {
    return 'en-US';
  }
}

/** Formats a single message argument for `lang`: numbers, money and dates through Intl. */
export function formatArg(lang: string, value: MessageArg): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return formatNumber(lang, value);
  const locale = formatLocale(lang);
  if (value instanceof Date) {
    return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(value);
  }
  // Whole amounts without cents (`$2,100`), others with two digits (`$1,234.50`).
  const fractionDigits = Number.isInteger(value.amount) ? 0 : 2;
  return new Intl.NumberFormat(locale, {
    style: 'currency',
    currency: value.currency,
    minimumFractionDigits: fractionDigits,
    maximumFractionDigits: 2,
  }).format(value.amount);
}

/** A number in the reader's conventions: `2,888` in `en` and `es`, `2.888` in `es-ES`. */
export function formatNumber(
  lang: string,
  value: number,
  options?: Intl.NumberFormatOptions,
): string {
  // "Step 2 of 4", "Page 3": small whole numbers are written the same in every English and
  // Spanish locale, and a page's first NumberFormat loads the browser's number data (~20 ms).
  const small = !options && Number.isInteger(value) && value >= 0 && value < 1000;
  if (small && /^(en|es)(-|$)/i.test(lang)) return String(value);
  return new Intl.NumberFormat(formatLocale(lang), options).format(value);
}

/** Money: `$2,100` and `$1,234.50` in `en` and `es`. */
export const formatMoney: (lang: string, money: Money) => string = formatArg;

/** A calendar date, read in UTC so the day never shifts: `December 10, 1985`. */
export const formatDate: (lang: string, date: Date) => string = formatArg;

/** A ratio as a percentage: `0.8785` is `87.85%` in `en` and `es`. */
export function formatPercent(lang: string, ratio: number, maximumFractionDigits = 2): string {
  return formatNumber(lang, ratio, { style: 'percent', maximumFractionDigits });
}

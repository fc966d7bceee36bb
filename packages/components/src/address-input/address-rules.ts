/**
 * What a US postal address may hold: the USPS state codes (states, DC, territories, the freely
 * associated states USPS delivers to, and the military AA/AE/AP), ZIP and ZIP+4, line lengths.
 * Pure functions, no DOM.
 */
import { MILITARY_POSTAL_CODES, STATES } from '@plaza/jurisdictions';

/** USPS codes of the freely associated states, which have US ZIP codes but are not jurisdictions. */
const FREELY_ASSOCIATED: readonly [string, string][] = [
  ['FM', 'Federated States of Micronesia'],
  ['MH', 'Marshall Islands'],
  ['PW', 'Palau'],
];

let stateOptions: readonly { code: string; name: string }[] | undefined;

/**
 * Every code USPS accepts in the state line, in the order of the select: states and DC by name,
 * then the territories, the freely associated states and the military posts (their names are
 * the element's messages, `address.AA`...). Names are proper names, the same in both languages.
 * Made when an address input first draws, not when the module loads: sorting by name loads the
 * browser's collation data (about 14 ms), which a page bundling every element, but showing no
 * address, paid at load (bench/page-load.mjs).
 */
export function stateOptionList(): readonly { code: string; name: string }[] {
  if (!stateOptions) {
    // One collator: `localeCompare(other, 'en')` makes a new one for every comparison.
    const byName = new Intl.Collator('en').compare;
    stateOptions = [
      ...STATES.filter(({ kind }) => kind !== 'territory')
        .map(({ code, name }) => ({ code, name }))
        .sort((a, b) => byName(a.name, b.name)),
      ...STATES.filter(({ kind }) => kind === 'territory').map(({ code, name }) => ({
        code,
        name,
      })),
      ...FREELY_ASSOCIATED.map(([code, name]) => ({ code, name })),
      ...MILITARY_POSTAL_CODES.map((code) => ({ code, name: '' })),
    ];
  }
  return stateOptions;
}

/** USPS's longest delivery line with room to spare; longer text is a paste gone wrong. */
export const LINE_MAX = 100;

const ZIP = /^(\d{5})(?:[\s\-‐‑–]?(\d{4}))?$/u;

/** `20500` or `20500-0003` for a ZIP code or ZIP+4 as typed ("205000003", "20500 0003"), else null. */
export function readZip(text: string): string | null {
  const match = ZIP.exec(text.trim());
  if (!match) return null;
  return match[2] ? `${match[1]}-${match[2]}` : match[1];
}

/** Letters of any script, digits and the punctuation of addresses ("#", "/", "&", "½"...). */
const LINE_TEXT = /^[\p{L}\p{M}\p{N}\s'’.,#\-‐‑–/&()°ºª]*$/u;

/** The message key of what is wrong with a line of the address, or null. */
export function lineProblem(text: string): 'address.characters' | 'address.tooLong' | null {
  const trimmed = text.trim();
  if ([...trimmed].length > LINE_MAX) return 'address.tooLong';
  return LINE_TEXT.test(trimmed) ? null : 'address.characters';
}

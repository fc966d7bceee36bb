import type { MessageArgs } from '@plaza/core';
import { getState, type County, type ZipLookup } from '@plaza/jurisdictions';

/** What the picker knows about the ZIP code typed: nothing yet, loading, or the answer. */
export type ZipState =
  | { kind: 'none' }
  | { kind: 'loading'; zip: string }
  | { kind: 'failed'; zip: string }
  | { kind: 'done'; lookup: ZipLookup };

type Translate = (key: string, args?: MessageArgs) => string;

/** A county's full name, with its state when the ZIP code crosses a state line. */
export function countyLabel(county: County, all: readonly County[]): string {
  const crossesStates = all.some((c) => c.state !== county.state);
  return crossesStates ? `${county.fullName}, ${county.state}` : county.fullName;
}

/** "Fulton, Gwinnett, and Forsyth counties" when all are counties; full names otherwise. */
function countyList(counties: readonly County[], t: Translate, lang: string): string {
  const list = new Intl.ListFormat(lang, { type: 'conjunction' });
  const allCounties = counties.every((c) => c.fullName === `${c.name} County`);
  if (!allCounties) return list.format(counties.map((c) => countyLabel(c, counties)));
  return t('jurisdictionPicker.countiesList', { list: list.format(counties.map((c) => c.name)) });
}

/** The sentence saying where the ZIP code is ("ZIP code 10001 is in New York County, New York."). */
export function resultText(zipState: ZipState, t: Translate, lang: string): string {
  if (zipState.kind === 'none') return '';
  if (zipState.kind === 'loading') return t('jurisdictionPicker.looking', { zip: zipState.zip });
  if (zipState.kind === 'failed') return t('jurisdictionPicker.loadFailed');
  const { lookup } = zipState;
  if (!lookup.found) {
    const key = lookup.reason === 'military' ? 'military' : 'notFound';
    return t(`jurisdictionPicker.${key}`, { zip: lookup.zip });
  }
  const [first, ...others] = lookup.counties;
  if (others.length === 0) {
    const state = getState(first!.state)!.name;
    return t('jurisdictionPicker.oneCounty', { zip: lookup.zip, county: first!.fullName, state });
  }
  return t('jurisdictionPicker.manyCounties', {
    zip: lookup.zip,
    counties: countyList(lookup.counties, t, lang),
  });
}

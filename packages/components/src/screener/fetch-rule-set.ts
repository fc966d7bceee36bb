/**
 * Fetches a rule set for `<plaza-screener src>`: a plain GET (no answers, no query added), http(s)
 * only, refused above MAX_RULE_SET_BYTES before parsing. `loadRuleSet` then checks the document.
 */
import { safeNavigationUrl } from '@plaza/core';
import type { RuleSet } from '@plaza/eligibility';

/** The largest rule set fetched: the 800-program benchmark set is about 1 MB. */
export const MAX_RULE_SET_BYTES = 4 * 1024 * 1024;

export class RuleSetFetchError extends Error {
  constructor(
    readonly code: 'unsafe-url' | 'http' | 'too-large' | 'not-json',
    message: string,
  ) {
    super(message);
    this.name = 'RuleSetFetchError';
  }
}

export async function fetchRuleSet(src: string, base: string): Promise<RuleSet> {
  const url = safeNavigationUrl(src, base);
  if (!url) throw new RuleSetFetchError('unsafe-url', `Refused to fetch a rule set from "${src}".`);
  const response = await fetch(url, { credentials: 'same-origin' });
  if (!response.ok)
    throw new RuleSetFetchError('http', `The rule set answered ${response.status}.`);
  const text = await response.text();
  if (text.length > MAX_RULE_SET_BYTES)
    throw new RuleSetFetchError(
      'too-large',
      `The rule set is ${text.length} characters; the limit is ${MAX_RULE_SET_BYTES}.`,
    );
  try {
    return JSON.parse(text) as RuleSet;
  } catch {
    throw new RuleSetFetchError('not-json', 'The rule set is not JSON.');
  }
}

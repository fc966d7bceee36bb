/**
 * Spots likely typos in the domain of an email address ("gmial.com", "yahoo.con") and suggests
 * the intended one. A short list Plaza maintains of the providers US residents use most, plus
 * the common top-level domains; government, military and `.us` domains are never "corrected".
 * Pure functions, no DOM.
 */

/** Providers to correct towards, most used first (ties in distance go to the earlier one). */
export const COMMON_DOMAINS = [
  'gmail.com',
  'yahoo.com',
  'hotmail.com',
  'outlook.com',
  'icloud.com',
  'aol.com',
  'live.com',
  'msn.com',
  'comcast.net',
  'att.net',
  'sbcglobal.net',
  'verizon.net',
  'bellsouth.net',
  'charter.net',
  'cox.net',
  'me.com',
  'ymail.com',
  'protonmail.com',
  'earthlink.net',
  'optonline.net',
  'hotmail.es',
  'yahoo.com.mx',
  'prodigy.net.mx',
];

const COMMON_TLDS = ['com', 'net', 'org', 'edu'];
/** Real top-level domains one edit from a common one, left alone: `.co`, `.mx`, `.io`, `.me`. */
const REAL_TLDS = [
  ...COMMON_TLDS,
  'co',
  'mx',
  'io',
  'me',
  'ne',
  'et',
  'om',
  'cm',
  'gov',
  'mil',
  'us',
];

/** Government, military and `.us` addresses are exact by definition: `ca.gov`, `army.mil`. */
const NEVER_CORRECTED = /(^|\.)(gov|mil|us)$/u;

/** Edits between two strings, a swap of neighbours counting as one (optimal string alignment). */
export function editDistance(a: string, b: string): number {
  const rows = Array.from({ length: a.length + 1 }, (_, i) => [
    i,
    ...Array<number>(b.length).fill(0),
  ]);
  for (let j = 1; j <= b.length; j++) rows[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      rows[i][j] = Math.min(rows[i - 1][j] + 1, rows[i][j - 1] + 1, rows[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        rows[i][j] = Math.min(rows[i][j], rows[i - 2][j - 2] + 1);
      }
    }
  }
  return rows[a.length][b.length];
}

/** The closest of `candidates` within `limit` edits (never 0), or null. */
function closest(word: string, candidates: readonly string[], limit: number): string | null {
  let best: string | null = null;
  let bestDistance = limit + 1;
  for (const candidate of candidates) {
    const distance = editDistance(word, candidate);
    if (distance > 0 && distance < bestDistance) [best, bestDistance] = [candidate, distance];
  }
  return best;
}

/** The address with its domain corrected ("name@gmail.com"), or null when nothing looks wrong. */
export function suggestEmail(address: string): string | null {
  const trimmed = address.trim();
  const at = trimmed.lastIndexOf('@');
  if (at < 1) return null;
  const domain = trimmed.slice(at + 1).toLowerCase();
  if (!domain || NEVER_CORRECTED.test(domain) || COMMON_DOMAINS.includes(domain)) return null;
  // Longer domains can take two slips ("hotmial.con"); short ones only one ("me.com" is not "ms.com").
  let fixed = closest(domain, COMMON_DOMAINS, domain.length > 8 ? 2 : 1);
  if (!fixed) {
    const dot = domain.lastIndexOf('.');
    const tld = closest(domain.slice(dot + 1), COMMON_TLDS, 1);
    if (dot > 0 && tld && !REAL_TLDS.includes(domain.slice(dot + 1))) {
      fixed = `${domain.slice(0, dot)}.${tld}`;
    }
  }
  return fixed ? `${trimmed.slice(0, at)}@${fixed}` : null;
}

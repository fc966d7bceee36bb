/**
 * What the screener remembers: the answers, the questions declined ("I don't know", "Prefer not
 * to say") and the order questions were asked. Kept in memory or in `sessionStorage` only
 * (decision 0046): never in a URL, never sent, gone when the tab closes.
 */
import type { Answers } from '@plaza/eligibility';

export interface ScreenerState {
  answers: Answers;
  declined: string[];
  asked: string[];
}

export type ScreenerStorage = 'memory' | 'session';

export const emptyState = (): ScreenerState => ({ answers: {}, declined: [], asked: [] });

/** The sessionStorage key: one per rule set and version. */
export const stateKey = (ruleSetId: string, version: string): string =>
  `plaza-screener:${ruleSetId}@${version}`;

function session(): Storage | undefined {
  try {
    return globalThis.sessionStorage;
  } catch {
    // Storage can be refused (sandboxed frames, privacy settings): the screener keeps working in memory.
    return undefined;
  }
}

const isList = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((item) => typeof item === 'string');

/** Reads saved state; anything malformed is dropped rather than trusted. */
export function loadState(storage: ScreenerStorage, key: string): ScreenerState {
  if (storage !== 'session') return emptyState();
  const text = session()?.getItem(key);
  if (!text) return emptyState();
  try {
    const saved = JSON.parse(text) as Partial<ScreenerState>;
    if (
      typeof saved.answers !== 'object' ||
      saved.answers === null ||
      Array.isArray(saved.answers) ||
      !isList(saved.declined) ||
      !isList(saved.asked)
    )
      return emptyState();
    return { answers: saved.answers, declined: saved.declined, asked: saved.asked };
  } catch {
    return emptyState();
  }
}

export function saveState(storage: ScreenerStorage, key: string, state: ScreenerState): void {
  if (storage !== 'session') return;
  try {
    session()?.setItem(key, JSON.stringify(state));
  } catch {
    // A full or refused storage only loses "come back after a reload"; the answers stay in memory.
  }
}

export function clearState(key: string): void {
  try {
    session()?.removeItem(key);
  } catch {
    // Nothing was saved if storage is refused.
  }
}

/**
 * A link to the results that carries only program ids, statuses and the rule set's version, in
 * the fragment (which browsers never send to a server). Never answers.
 */
export function shareFragment(
  version: string,
  programs: readonly { id: string; status: string }[],
): string {
  const params = new URLSearchParams({ v: version });
  for (const program of programs) params.append(program.id, program.status);
  return `#plaza-results?${params.toString()}`;
}

const SHARE_PREFIX = '#plaza-results?';
/** Longer fragments are refused unread: a real one holds a version and a status per program. */
const MAX_SHARE_LENGTH = 4000;
const STATUSES = new Set(['likely', 'maybe', 'unlikely']);

/** A shared snapshot read back, or why it was refused. */
export type SharedResults =
  | { programs: { id: string; status: 'likely' | 'maybe' | 'unlikely' }[] }
  | { error: 'version' | 'malformed' };

/**
 * Reads a share link's fragment back (`shareFragment`'s format). Undefined when `hash` is no
 * share link. Refuses a fragment from another rule-set version (statuses may differ under other
 * rules) and anything malformed: unknown programs, unknown statuses, repeats, oversize.
 */
export function readShareFragment(
  hash: string,
  version: string,
  programIds: readonly string[],
): SharedResults | undefined {
  if (!hash.startsWith(SHARE_PREFIX)) return undefined;
  if (hash.length > MAX_SHARE_LENGTH) return { error: 'malformed' };
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(hash.slice(SHARE_PREFIX.length));
  } catch {
    return { error: 'malformed' };
  }
  const versions = params.getAll('v');
  if (versions.length !== 1) return { error: 'malformed' };
  if (versions[0] !== version) return { error: 'version' };
  const known = new Set(programIds);
  const programs: { id: string; status: 'likely' | 'maybe' | 'unlikely' }[] = [];
  for (const [id, status] of params) {
    if (id === 'v') continue;
    if (!known.has(id) || !STATUSES.has(status) || programs.some((program) => program.id === id))
      return { error: 'malformed' };
    programs.push({ id, status: status as 'likely' | 'maybe' | 'unlikely' });
  }
  return programs.length > 0 ? { programs } : { error: 'malformed' };
}

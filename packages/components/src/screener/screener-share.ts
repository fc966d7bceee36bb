/**
 * Sharing results: the link carries only program ids, statuses and the rule set's version, in
 * the fragment (decision 0046), and the page opened from it shows those statuses as a snapshot.
 */
import { html, type TemplateResult } from 'lit';
import { evaluate, type CompiledRuleSet } from '@plaza/eligibility';
import '../eligibility-results/plaza-eligibility-results.js';

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

export interface SharedViewContext {
  compiled: CompiledRuleSet;
  asOf: string;
  t: (key: string) => string;
  /** Leaves the snapshot and starts the screener. */
  start: () => void;
}

/**
 * Results someone shared: statuses only (a link never holds answers, so there are no reasons),
 * said to be a snapshot, with a way to check for yourself.
 */
export function sharedView(shared: SharedResults, context: SharedViewContext): TemplateResult {
  const { compiled, t } = context;
  const start = html`<button type="button" class="primary" @click=${context.start}>
    ${t('screener.shared.start')}
  </button>`;
  if ('error' in shared)
    return html`<p role="alert">${t(`screener.shared.${shared.error}`)}</p>
      ${start}`;
  const result = evaluate(compiled, {}, context.asOf ? { asOf: context.asOf } : {});
  const statuses = new Map(shared.programs.map((program) => [program.id, program.status]));
  const programs = result.programs
    .filter((program) => statuses.has(program.id))
    .map((program) => ({
      ...program,
      status: statuses.get(program.id)!,
      criteria: [],
      missing: [],
    }));
  return html`<p class="shared-note" part="shared-note">${t('screener.shared.note')}</p>
    <plaza-eligibility-results
      no-questions
      .result=${{ ...result, programs, missing: [] }}
      .ruleSet=${compiled.source}
    ></plaza-eligibility-results>
    ${start}`;
}

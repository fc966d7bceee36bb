/**
 * What the screener remembers: the answers, the questions declined ("I don't know", "Prefer not
 * to say") and the order questions were asked. Never in a URL, never sent (decision 0046). Kept
 * by @plaza/flow's stores (decision 0073): in memory, in `sessionStorage` (the default, gone with
 * the tab) or, when the agency opts in, in `localStorage` until it expires, without the answers
 * to `sensitive` questions unless the agency opts in to those too.
 */
import {
  evaluateStatuses,
  factDefinition,
  type Answers,
  type CompiledRuleSet,
} from '@plaza/eligibility';
import {
  localStateStore,
  memoryStateStore,
  sessionStateStore,
  type StateStore,
  type StoredState,
} from '@plaza/flow';

export interface ScreenerState {
  answers: Answers;
  declined: string[];
  asked: string[];
}

export type ScreenerStorage = 'memory' | 'session' | 'local';

export interface StorageSettings {
  storage: ScreenerStorage;
  /** With `local`: days the answers are kept after the last answer. */
  keepDays: number;
  /** With `local`: also keep answers to `sensitive` questions on the device. */
  keepSensitive: boolean;
}

export const emptyState = (): ScreenerState => ({ answers: {}, declined: [], asked: [] });

/** The storage key: one per rule set and version. */
export const stateKey = (ruleSetId: string, version: string): string =>
  `plaza-screener:${ruleSetId}@${version}`;

const DAY = 24 * 60 * 60 * 1000;

const isList = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((item) => typeof item === 'string');

/** Saved state read back; anything malformed is dropped rather than trusted. */
export function restoreState(data: unknown): ScreenerState | undefined {
  const saved = data as Partial<ScreenerState> | null;
  if (
    typeof saved !== 'object' ||
    saved === null ||
    typeof saved.answers !== 'object' ||
    saved.answers === null ||
    Array.isArray(saved.answers) ||
    !isList(saved.declined) ||
    !isList(saved.asked)
  )
    return undefined;
  return { answers: saved.answers, declined: saved.declined, asked: saved.asked };
}

/**
 * The state without any answer to a `sensitive` question, member facts included. Such questions
 * also leave `declined` and `asked`, so after a reload they are simply asked again.
 */
export function withoutSensitive(compiled: CompiledRuleSet, state: ScreenerState): ScreenerState {
  const answers: Answers = {};
  for (const [id, value] of Object.entries(state.answers)) {
    const fact = factDefinition(compiled, id);
    if (fact?.sensitive) continue;
    const hidden = new Set(fact?.facts?.filter((member) => member.sensitive).map((m) => m.id));
    answers[id] =
      Array.isArray(value) && hidden.size > 0
        ? value.map((member: unknown) =>
            typeof member === 'object' && member !== null
              ? Object.fromEntries(Object.entries(member).filter(([key]) => !hidden.has(key)))
              : member,
          )
        : value;
  }
  const open = (ids: string[]) => ids.filter((id) => !factDefinition(compiled, id)?.sensitive);
  return { answers, declined: open(state.declined), asked: open(state.asked) };
}

/**
 * The store for `settings`. Storage the browser refuses (sandboxed frames, privacy settings) or a
 * `keepDays` that is not a positive number leaves the answers in memory: the screener still works.
 */
export function screenerStore(
  compiled: CompiledRuleSet,
  settings: StorageSettings,
): StateStore<ScreenerState> {
  const kept: StoredState<ScreenerState> = {
    key: stateKey(compiled.source.id, compiled.source.version),
    restore: (data) => {
      const state = restoreState(data);
      // The engine checks every saved answer against the rule format; a bad one throws, and
      // the store then drops the save (a tampered answer must not stop the screener).
      if (state) evaluateStatuses(compiled, state.answers);
      return state;
    },
    withoutSensitive: (state) => withoutSensitive(compiled, state),
  };
  try {
    if (settings.storage === 'session') return sessionStateStore(kept);
    if (settings.storage === 'local')
      return localStateStore(kept, {
        expiresAfter: settings.keepDays * DAY,
        includeSensitive: settings.keepSensitive,
      });
  } catch {
    // Falls through to memory (see above).
  }
  return memoryStateStore(kept);
}

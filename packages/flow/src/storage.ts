/**
 * Save and return. Every store has the same three calls (load, save, clear: "Clear my answers"),
 * all async so a server store fits the same place. No store logs or sends answers anywhere it
 * was not told to; none puts them in a URL.
 * - memoryStore: gone on reload.
 * - sessionStore (the default): survives a reload, gone when the tab closes.
 * - localStore (opt-in): survives closing the browser until it expires; answers to `sensitive`
 *   questions are left out unless the service opts in with `includeSensitive`.
 * - serverStore: the service's own endpoint behind the same interface.
 * Saved data is never trusted: `restoreState` re-reads every answer from what was typed.
 * The same stores keep other answer states too (`<plaza-screener>`'s): give a `StoredState`
 * that names the key, re-checks saved data and leaves out sensitive answers.
 */
import { FlowError } from './errors.js';
import type { Flow } from './load.js';
import { restoreState } from './restore.js';
import type { AnswerMap, FlowState, RepeatItem } from './types.js';

/** The part of the Web Storage API the stores use; pass your own in Node or tests. */
export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** A store of one kind of state: load, save and clear ("Clear my answers"). */
export interface StateStore<S> {
  /** The saved state, checked again; undefined when nothing usable is saved. */
  load(): Promise<S | undefined>;
  save(state: S): Promise<void>;
  /** Forgets everything saved ("Clear my answers"). */
  clear(): Promise<void>;
}

export type FlowStore = StateStore<FlowState>;

/** What the stores need to know about a state they keep. */
export interface StoredState<S> {
  /** The storage key. */
  key: string;
  /** Saved data checked again before use: undefined (or a throw) drops it. */
  restore(data: unknown): S | undefined;
  /** The state with every answer to a `sensitive` question left out (for localStore). */
  withoutSensitive(state: S): S;
}

/** The storage key of a flow: one per definition id and version. */
export function storageKey(flow: Flow): string {
  return `plaza-flow:${flow.definition.id}@${flow.definition.version}`;
}

/** A flow's state, as the stores see it. */
function flowState(flow: Flow, key = storageKey(flow)): StoredState<FlowState> {
  return {
    key,
    restore: (data) => restoreState(flow, data),
    withoutSensitive: (state) => withoutSensitive(flow, state),
  };
}

export function memoryStore(flow: Flow): FlowStore {
  return memoryStateStore(flowState(flow));
}

/** Any state kept in memory: gone on reload. */
export function memoryStateStore<S>(kept: StoredState<S>): StateStore<S> {
  let saved: string | undefined;
  return {
    load: async () => (saved === undefined ? undefined : safeRestore(kept, JSON.parse(saved))),
    save: async (state) => {
      saved = JSON.stringify(state);
    },
    clear: async () => {
      saved = undefined;
    },
  };
}

export interface WebStoreOptions {
  /** Default `globalThis.sessionStorage` (or `localStorage` for localStore). */
  storage?: StorageLike;
  /** Default `storageKey(flow)`. */
  key?: string;
}

function webStorage(name: 'sessionStorage' | 'localStorage', given?: StorageLike): StorageLike {
  const storage = given ?? (globalThis as unknown as Record<string, StorageLike | undefined>)[name];
  if (!storage)
    throw new FlowError(
      'storage-unavailable',
      `${name} is not available here; pass options.storage`,
    );
  return storage;
}

function write(storage: StorageLike, key: string, text: string): void {
  try {
    storage.setItem(key, text);
  } catch (error) {
    throw new FlowError('storage-failed', `Answers could not be saved (${(error as Error).name})`);
  }
}

function read(storage: StorageLike, key: string): unknown {
  const text = storage.getItem(key);
  if (text === null) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    storage.removeItem(key);
    return undefined;
  }
}

/** Saved data that cannot be restored is dropped, never thrown at the resident. */
function safeRestore<S>(kept: StoredState<S>, data: unknown): S | undefined {
  if (data === undefined) return undefined;
  try {
    return kept.restore(data);
  } catch {
    return undefined;
  }
}

/** The default store: survives a reload, gone when the tab closes. */
export function sessionStore(flow: Flow, options: WebStoreOptions = {}): FlowStore {
  return sessionStateStore(flowState(flow, options.key), options);
}

/** Any state in `sessionStorage`, under `kept.key`. */
export function sessionStateStore<S>(
  kept: StoredState<S>,
  options: Pick<WebStoreOptions, 'storage'> = {},
): StateStore<S> {
  const storage = webStorage('sessionStorage', options.storage);
  return {
    load: async () => safeRestore(kept, read(storage, kept.key)),
    save: async (state) => write(storage, kept.key, JSON.stringify(state)),
    clear: async () => storage.removeItem(kept.key),
  };
}

export interface LocalStoreOptions extends WebStoreOptions {
  /** How long saved answers live after the last save, in milliseconds. Required: no forever. */
  expiresAfter: number;
  /** Also keep answers to `sensitive` questions on this device. Default false. */
  includeSensitive?: boolean;
  /** The clock, for tests. Default `Date.now`. */
  now?: () => number;
}

/** Opt-in: answers survive closing the browser, until `expiresAfter` passes without a save. */
export function localStore(flow: Flow, options: LocalStoreOptions): FlowStore {
  return localStateStore(flowState(flow, options.key), options);
}

/** Any state in `localStorage` under `kept.key`, with an expiry and without sensitive answers. */
export function localStateStore<S>(
  kept: StoredState<S>,
  options: Omit<LocalStoreOptions, 'key'>,
): StateStore<S> {
  if (!Number.isFinite(options.expiresAfter) || options.expiresAfter <= 0)
    throw new FlowError('invalid-use', 'localStore needs expiresAfter: a time in milliseconds');
  const storage = webStorage('localStorage', options.storage);
  const { key } = kept;
  const now = options.now ?? Date.now;
  return {
    async load() {
      const saved = read(storage, key) as { expiresAt?: unknown; state?: unknown } | undefined;
      if (saved === undefined) return undefined;
      if (typeof saved?.expiresAt !== 'number' || saved.expiresAt <= now()) {
        storage.removeItem(key);
        return undefined;
      }
      return safeRestore(kept, saved.state);
    },
    async save(state) {
      const stored = options.includeSensitive ? state : kept.withoutSensitive(state);
      write(
        storage,
        key,
        JSON.stringify({ expiresAt: now() + options.expiresAfter, state: stored }),
      );
    },
    clear: async () => storage.removeItem(key),
  };
}

/** The state with every answer to a `sensitive` question removed, at every level. */
export function withoutSensitive(flow: Flow, state: FlowState): FlowState {
  const strip = (answers: AnswerMap): AnswerMap => {
    const kept: AnswerMap = {};
    for (const [id, answer] of Object.entries(answers))
      if (!flow.index.questions.get(id)?.def.sensitive) kept[id] = answer;
    return kept;
  };
  const items = (repeats: Record<string, RepeatItem[]>): Record<string, RepeatItem[]> => {
    const out: Record<string, RepeatItem[]> = {};
    for (const [id, list] of Object.entries(repeats))
      out[id] = list.map((item) => ({
        ...item,
        answers: strip(item.answers),
        repeats: items(item.repeats),
      }));
    return out;
  };
  return { ...state, answers: strip(state.answers), repeats: items(state.repeats) };
}

/** A service's own endpoint for saving progress (for example behind a sign-in). */
export interface ServerStoreAdapter {
  load(): Promise<unknown>;
  save(state: FlowState): Promise<void>;
  clear(): Promise<void>;
}

/** Wraps a server adapter: what it returns is checked exactly like browser storage. */
export function serverStore(flow: Flow, adapter: ServerStoreAdapter): FlowStore {
  return {
    load: async () => safeRestore(flowState(flow), await adapter.load()),
    save: (state) => adapter.save(state),
    clear: () => adapter.clear(),
  };
}

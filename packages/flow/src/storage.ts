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

export interface FlowStore {
  /** The saved state, checked against the definition; undefined when nothing usable is saved. */
  load(): Promise<FlowState | undefined>;
  save(state: FlowState): Promise<void>;
  /** Forgets everything saved ("Clear my answers"). */
  clear(): Promise<void>;
}

/** The storage key of a flow: one per definition id and version. */
export function storageKey(flow: Flow): string {
  return `plaza-flow:${flow.definition.id}@${flow.definition.version}`;
}

export function memoryStore(flow: Flow): FlowStore {
  let saved: string | undefined;
  return {
    load: async () => (saved === undefined ? undefined : safeRestore(flow, JSON.parse(saved))),
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
function safeRestore(flow: Flow, data: unknown): FlowState | undefined {
  if (data === undefined) return undefined;
  try {
    return restoreState(flow, data);
  } catch {
    return undefined;
  }
}

/** The default store: survives a reload, gone when the tab closes. */
export function sessionStore(flow: Flow, options: WebStoreOptions = {}): FlowStore {
  const storage = webStorage('sessionStorage', options.storage);
  const key = options.key ?? storageKey(flow);
  return {
    load: async () => safeRestore(flow, read(storage, key)),
    save: async (state) => write(storage, key, JSON.stringify(state)),
    clear: async () => storage.removeItem(key),
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
  if (!Number.isFinite(options.expiresAfter) || options.expiresAfter <= 0)
    throw new FlowError('invalid-use', 'localStore needs expiresAfter: a time in milliseconds');
  const storage = webStorage('localStorage', options.storage);
  const key = options.key ?? storageKey(flow);
  const now = options.now ?? Date.now;
  return {
    async load() {
      const saved = read(storage, key) as { expiresAt?: unknown; state?: unknown } | undefined;
      if (saved === undefined) return undefined;
      if (typeof saved?.expiresAt !== 'number' || saved.expiresAt <= now()) {
        storage.removeItem(key);
        return undefined;
      }
      return safeRestore(flow, saved.state);
    },
    async save(state) {
      const kept = options.includeSensitive ? state : withoutSensitive(flow, state);
      write(storage, key, JSON.stringify({ expiresAt: now() + options.expiresAfter, state: kept }));
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
    load: async () => safeRestore(flow, await adapter.load()),
    save: (state) => adapter.save(state),
    clear: () => adapter.clear(),
  };
}

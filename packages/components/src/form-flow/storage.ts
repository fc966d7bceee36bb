/**
 * Where `<plaza-form-flow>` keeps the resident's answers between pages and reloads. Session
 * storage by default: it survives a reload and is gone when the tab closes. Any object with
 * `load`, `save` and `clear` (sync or async) can replace it, such as @plaza/flow's adapters.
 */
import type { FlowState } from '@plaza/flow';

export interface FlowStorage {
  load(key: string): FlowState | null | Promise<FlowState | null>;
  save(key: string, state: FlowState): void | Promise<void>;
  clear(key: string): void | Promise<void>;
}

const looksLikeState = (value: unknown): value is FlowState =>
  typeof value === 'object' &&
  value !== null &&
  (value as FlowState).format === 1 &&
  typeof (value as FlowState).location?.page === 'string' &&
  typeof (value as FlowState).answers === 'object';

/** Web Storage (`sessionStorage` or `localStorage`); unreadable or foreign entries load as null. */
export function webStorage(storage: () => Storage): FlowStorage {
  return {
    load(key) {
      try {
        const parsed: unknown = JSON.parse(storage().getItem(key) ?? 'null');
        return looksLikeState(parsed) ? parsed : null;
      } catch {
        return null;
      }
    },
    save(key, state) {
      storage().setItem(key, JSON.stringify(state));
    },
    clear(key) {
      storage().removeItem(key);
    },
  };
}

export const sessionFlowStorage: FlowStorage = webStorage(() => sessionStorage);

/** Keeps answers only while the page is open (nothing written anywhere). */
export function memoryFlowStorage(): FlowStorage {
  const saved = new Map<string, string>();
  return {
    load: (key) => {
      const text = saved.get(key);
      return text ? (JSON.parse(text) as FlowState) : null;
    },
    save: (key, state) => void saved.set(key, JSON.stringify(state)),
    clear: (key) => void saved.delete(key),
  };
}

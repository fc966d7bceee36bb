/**
 * The time source of `<plaza-timeout-warning>`. The page's own clock by default; tests (and a
 * service that keeps time with its server) can set another on the element's `clock` property.
 */
export interface TimeoutClock {
  /** Milliseconds since 1970, like `Date.now()`. */
  now(): number;
  setTimeout(callback: () => void, milliseconds: number): unknown;
  clearTimeout(handle: unknown): void;
}

export const systemClock: TimeoutClock = {
  now: () => Date.now(),
  setTimeout: (callback, milliseconds) => globalThis.setTimeout(callback, milliseconds),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>),
};

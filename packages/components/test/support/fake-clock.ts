/**
 * A clock that moves only when the test says so, for elements that take a time source
 * (`<plaza-timeout-warning>`'s `clock`). `advance(ms)` runs every timer that falls due, in order,
 * with `now()` at each timer's due time, including timers set by those timers.
 */
export class FakeClock {
  #now: number;
  #nextHandle = 1;
  #timers = new Map<number, { due: number; callback: () => void }>();

  constructor(start = Date.UTC(2026, 11, 2, 9, 0, 0)) {
    this.#now = start;
  }

  now = (): number => this.#now;

  setTimeout = (callback: () => void, milliseconds: number): number => {
    const handle = this.#nextHandle++;
    this.#timers.set(handle, { due: this.#now + Math.max(0, milliseconds), callback });
    return handle;
  };

  clearTimeout = (handle: unknown): void => {
    this.#timers.delete(handle as number);
  };

  /** Moves time on by `milliseconds`, running timers as they fall due. */
  advance(milliseconds: number): void {
    const end = this.#now + milliseconds;
    for (;;) {
      let next: [number, { due: number; callback: () => void }] | undefined;
      for (const entry of this.#timers) {
        if (entry[1].due <= end && (!next || entry[1].due < next[1].due)) next = entry;
      }
      if (!next) break;
      this.#timers.delete(next[0]);
      this.#now = next[1].due;
      next[1].callback();
    }
    this.#now = end;
  }

  /** How many timers are waiting (a stopped element leaves none). */
  get pending(): number {
    return this.#timers.size;
  }
}

/**
 * A tiny assertion helper that behaves the same under mocha in Chromium and node:test in Node.
 */
export class AssertionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'AssertionError';
  }
}

function show(value: unknown): string {
  try {
    return JSON.stringify(value);
  } catch {
    return String(value);
  }
}

export function equal<T>(actual: T, expected: T, message = ''): void {
  if (!Object.is(actual, expected))
    throw new AssertionError(`${message} expected ${show(expected)}, got ${show(actual)}`.trim());
}

export function deepEqual(actual: unknown, expected: unknown, message = ''): void {
  if (show(actual) !== show(expected))
    throw new AssertionError(`${message} expected ${show(expected)}, got ${show(actual)}`.trim());
}

export function ok(value: unknown, message = 'expected a truthy value'): void {
  if (!value) throw new AssertionError(message);
}

/** Asserts `fn` throws an error of `type` (and, if given, whose message matches `pattern`). Returns it. */
export function throws<E extends Error>(
  fn: () => unknown,
  type: new (...args: never[]) => E,
  pattern?: RegExp,
): E {
  try {
    fn();
  } catch (error) {
    if (!(error instanceof type))
      throw new AssertionError(
        `expected ${type.name}, got ${(error as Error)?.name}: ${(error as Error)?.message}`,
      );
    if (pattern && !pattern.test(error.message))
      throw new AssertionError(`expected message matching ${pattern}, got: ${error.message}`);
    return error;
  }
  throw new AssertionError(`expected ${type.name} to be thrown`);
}

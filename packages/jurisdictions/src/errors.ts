/** Why a ZIP code was refused before any lookup: `empty`, `too-long` or `format`. */
export type ZipInputProblem = 'empty' | 'too-long' | 'format';

/**
 * The text given as a ZIP code is not one: empty, longer than {@link MAX_ZIP_INPUT_LENGTH}, or not
 * five digits (optionally followed by a four-digit ZIP+4 extension).
 */
export class ZipInputError extends Error {
  override readonly name = 'ZipInputError';
  constructor(
    readonly problem: ZipInputProblem,
    message: string,
  ) {
    super(message);
  }
}

/**
 * Jurisdiction data could not be used: a chunk failed to load, was larger than the limit, or was
 * malformed. `chunk` names it (`zip/305`, `state/GA`).
 */
export class JurisdictionDataError extends Error {
  override readonly name = 'JurisdictionDataError';
  constructor(
    readonly chunk: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(`${chunk}: ${message}`, options);
  }
}

/** A synchronous lookup asked for data that has not been loaded yet: `await load…()` first. */
export class ChunkNotLoadedError extends Error {
  override readonly name = 'ChunkNotLoadedError';
  constructor(readonly chunk: string) {
    super(`${chunk} is not loaded: await its load function before looking it up synchronously`);
  }
}

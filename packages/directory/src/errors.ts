/** Every error @plaza/directory throws on purpose is a DirectoryError with a stable `code`. */
export class DirectoryError extends Error {
  readonly code: string;
  constructor(code: string, message: string) {
    super(message);
    this.name = 'DirectoryError';
    this.code = code;
  }
}

/** One problem found in directory data: where (a JSON path such as `$[3].phones[0].number`) and what. */
export interface DirectoryIssue {
  path: string;
  message: string;
}

/**
 * The directory could not be read: its outer shape is wrong, or (with `strict`) some service has
 * a problem. `issues` lists every problem found, each naming its JSON path.
 */
export class DirectoryDataError extends DirectoryError {
  readonly issues: DirectoryIssue[];
  constructor(issues: DirectoryIssue[]) {
    const first = issues.slice(0, 5).map((issue) => `${issue.path}: ${issue.message}`);
    const more = issues.length > 5 ? `\n(and ${issues.length - 5} more)` : '';
    super(
      'invalid-directory',
      `The directory has ${issues.length} problem(s):\n${first.join('\n')}${more}`,
    );
    this.name = 'DirectoryDataError';
    this.issues = issues;
  }
}

/** The data is bigger than the limits allow (`limit` names which one, `path` where). */
export class DirectoryLimitError extends DirectoryError {
  readonly limit: keyof DirectoryLimits;
  readonly path: string;
  constructor(limit: keyof DirectoryLimits, path: string, message: string) {
    super('limit-exceeded', `${path}: ${message}`);
    this.name = 'DirectoryLimitError';
    this.limit = limit;
    this.path = path;
  }
}

/** The HSDS API answered with something other than a page of services, or not at all. */
export class DirectoryApiError extends DirectoryError {
  readonly status: number | undefined;
  constructor(message: string, status?: number) {
    super('api-error', message);
    this.name = 'DirectoryApiError';
    this.status = status;
  }
}

/**
 * Limits that keep any directory, however large or hostile, from exhausting the page. The
 * defaults fit a statewide directory of tens of thousands of services; an agency can raise them.
 */
export interface DirectoryLimits {
  /** Longest JSON text accepted, in characters (checked before parsing). */
  maxTextLength: number;
  /** Most services in one directory. */
  maxServices: number;
  /** Most entries in any one list of a service (phones, locations, schedules...). */
  maxListLength: number;
  /** Longest string in any field read. */
  maxStringLength: number;
}

export const DEFAULT_LIMITS: Readonly<DirectoryLimits> = Object.freeze({
  maxTextLength: 64 * 1024 * 1024,
  maxServices: 50_000,
  maxListLength: 200,
  maxStringLength: 20_000,
});

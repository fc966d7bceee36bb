import { uniqueBy } from './embedded-source.js';
import { DirectoryApiError, type DirectoryIssue } from './errors.js';
import { checkQuery, runQuery } from './query.js';
import { readDirectory, type ReadOptions } from './read.js';
import { checkTimeZone } from './schedule.js';
import type {
  Category,
  DirectoryPage,
  DirectoryQuery,
  DirectoryService,
  DirectorySource,
  Language,
} from './types.js';

export interface ApiSourceOptions extends ReadOptions {
  /** The HSDS API's base URL: requests go to `<baseUrl>/services`. */
  baseUrl: string | URL;
  /** The agency's IANA time zone, for "open now". */
  timeZone: string;
  /** Languages offered in the filter (the API has no endpoint listing them). Default: English, Spanish. */
  languages?: Language[];
  /** Services asked for per request (`per_page`). Default 100. */
  perPage?: number;
  /** Most services fetched for one search before filtering on the device. Default 1,000. */
  maxResults?: number;
  fetch?: typeof fetch;
}

/**
 * A remote directory served through the Open Referral HSDS API, for statewide directories too big
 * to embed. Privacy: a request carries only what the resident chose to search for, never where
 * they live or what they told a screener:
 *
 *   GET <baseUrl>/services?search=<words typed>&taxonomy_term_id=<category chosen>&full=true&page=<n>&per_page=<n>
 *   GET <baseUrl>/services/<id>            (a service's detail, when not already fetched)
 *   GET <baseUrl>/taxonomy_terms?page=<n>&per_page=<n>   (the category list)
 *
 * `search` is sent only when there are words, `taxonomy_term_id` only when exactly one category
 * is chosen. ZIP code, county, city, location, age, language and "open now" are never sent: those
 * filters, distance sorting and paging run on the device over the services fetched (at most
 * `maxResults` per search; the API's own order is kept as relevance).
 */
export class ApiSource implements DirectorySource {
  readonly kind = 'api';
  /** Problems found in the last data read. */
  issues: readonly DirectoryIssue[] = [];
  readonly #base: string;
  readonly #options: ApiSourceOptions;
  readonly #timeZone: string;
  readonly #fetch: typeof fetch;
  readonly #cache = new Map<string, Promise<DirectoryService[]>>();
  readonly #byId = new Map<string, DirectoryService>();

  constructor(options: ApiSourceOptions) {
    this.#options = options;
    this.#timeZone = checkTimeZone(options.timeZone);
    this.#base = String(options.baseUrl).replace(/\/+$/, '');
    this.#fetch = options.fetch ?? ((...args) => fetch(...args));
  }

  async search(query: DirectoryQuery, signal?: AbortSignal): Promise<DirectoryPage> {
    checkQuery(query);
    const text = query.text?.trim() ?? '';
    const category = query.categories?.length === 1 ? query.categories[0] : undefined;
    const key = JSON.stringify([text, category ?? '']);
    let fetched = this.#cache.get(key);
    if (!fetched) {
      fetched = this.#fetchAll(text, category, signal);
      this.#cache.set(key, fetched);
      fetched.catch(() => this.#cache.delete(key));
    }
    return runQuery(await fetched, query, { timeZone: this.#timeZone, ordered: text !== '' });
  }

  async get(id: string, signal?: AbortSignal): Promise<DirectoryService | undefined> {
    const known = this.#byId.get(id);
    if (known) return known;
    const response = await this.#request(`/services/${encodeURIComponent(id)}`, {}, signal, true);
    if (response === undefined) return undefined;
    const [service] = this.#read([response]);
    return service;
  }

  async categories(signal?: AbortSignal): Promise<Category[]> {
    const terms: Category[] = [];
    for (let page = 1; page <= this.#maxPages(); page++) {
      const body = await this.#page('/taxonomy_terms', { page: String(page) }, signal);
      for (const term of body.contents) {
        const { id, name, code } = (term ?? {}) as Record<string, unknown>;
        if (typeof id === 'string' && typeof name === 'string') {
          terms.push({ id, name, ...(typeof code === 'string' ? { code } : {}) });
        }
      }
      if (body.last_page !== false || body.contents.length === 0) break;
    }
    return uniqueBy(terms, (term) => term.id);
  }

  languages(): Promise<Language[]> {
    return Promise.resolve(
      this.#options.languages ?? [
        { code: 'en', name: 'English' },
        { code: 'es', name: 'Español' },
      ],
    );
  }

  #perPage(): number {
    return this.#options.perPage ?? 100;
  }

  #maxPages(): number {
    return Math.ceil((this.#options.maxResults ?? 1000) / this.#perPage());
  }

  async #fetchAll(text: string, category: string | undefined, signal?: AbortSignal) {
    const params: Record<string, string> = { full: 'true' };
    if (text) params.search = text;
    if (category) params.taxonomy_term_id = category;
    const raw: unknown[] = [];
    for (let page = 1; page <= this.#maxPages(); page++) {
      const body = await this.#page('/services', { ...params, page: String(page) }, signal);
      raw.push(...body.contents);
      if (body.last_page !== false || body.contents.length === 0) break;
    }
    return this.#read(raw);
  }

  #read(raw: unknown[]): DirectoryService[] {
    const { services, issues } = readDirectory(raw, this.#options);
    this.issues = issues;
    for (const service of services) this.#byId.set(service.id, service);
    return services;
  }

  async #page(path: string, params: Record<string, string>, signal?: AbortSignal) {
    const body = await this.#request(
      path,
      { ...params, per_page: String(this.#perPage()) },
      signal,
    );
    const contents = (body as { contents?: unknown } | undefined)?.contents;
    if (!Array.isArray(contents)) {
      throw new DirectoryApiError(
        `${this.#base}${path} did not answer with a page ("contents" array)`,
      );
    }
    return body as { contents: unknown[]; last_page?: boolean };
  }

  async #request(
    path: string,
    params: Record<string, string>,
    signal: AbortSignal | undefined,
    allowNotFound = false,
  ): Promise<unknown> {
    const query = new URLSearchParams(params).toString();
    const url = `${this.#base}${path}${query ? `?${query}` : ''}`;
    let response: Response;
    try {
      response = await this.#fetch(url, {
        signal,
        headers: { accept: 'application/json' },
        credentials: 'omit',
        referrerPolicy: 'no-referrer',
      });
    } catch (error) {
      if (signal?.aborted) throw error;
      throw new DirectoryApiError(`${url} could not be reached (${String(error)})`);
    }
    if (allowNotFound && response.status === 404) return undefined;
    if (!response.ok)
      throw new DirectoryApiError(`${url} answered ${response.status}`, response.status);
    try {
      return await response.json();
    } catch {
      throw new DirectoryApiError(`${url} did not answer with JSON`, response.status);
    }
  }
}

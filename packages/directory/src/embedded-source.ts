import MiniSearch, { type Options, type SearchOptions } from 'minisearch';
import { DirectoryError, type DirectoryIssue } from './errors.js';
import { Facets } from './facets.js';
import { runQuery, sortByName } from './query.js';
import { isCompiled, loadCompiled } from './compiled.js';
import { limitsOf, parseText, readDirectory, type ReadOptions } from './read.js';
import { checkTimeZone } from './schedule.js';
import type {
  Category,
  DirectoryPage,
  DirectoryQuery,
  DirectoryService,
  DirectorySource,
  Language,
} from './types.js';

export interface EmbeddedSourceOptions extends ReadOptions {
  /** The agency's IANA time zone: schedule times without an offset are read in it. */
  timeZone: string;
  /** An index made earlier by `serializeIndex` for the same data (skips building it on load). */
  index?: string;
  /**
   * `in-slices` (the default): the source answers at once and builds its text index in slices of
   * a few hundred services between other tasks, so loading never blocks the page for long; a text
   * search before it is done finishes the rest first. `now`: the whole index while constructing.
   */
  buildIndex?: 'in-slices' | 'now';
}

/** Services indexed per task when building in slices: a few milliseconds each on a slow phone. */
const SLICE = 250;

interface IndexedFields {
  id: number;
  name: string;
  alternateName: string;
  organization: string;
  description: string;
  categories: string;
  eligibility: string;
}

const ASCII = /^[\0-\x7f]*$/;

/** Lower case, accents removed: "Alimentación" and "alimentacion" find each other. */
function fold(text: string): string {
  // Most directory text is plain ASCII, which has no accents to remove.
  if (ASCII.test(text)) return text.toLowerCase();
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

// Folding a whole field once is cheaper than folding each of its words.
const WORD_SEPARATOR = /[^\p{L}\p{N}]+/u;
const tokenize = (text: string): string[] => fold(text).split(WORD_SEPARATOR);

const INDEX_OPTIONS: Options<IndexedFields> = {
  idField: 'id',
  fields: ['name', 'alternateName', 'organization', 'description', 'categories', 'eligibility'],
  storeFields: [],
  tokenize,
  processTerm: (term) => term || null,
};

const SEARCH_OPTIONS: SearchOptions = {
  tokenize,
  boost: { name: 3, alternateName: 2, categories: 2, organization: 1.5 },
  prefix: true,
  fuzzy: (term) => (term.length > 4 ? 0.2 : false),
  combineWith: 'AND',
};

function documentOf(service: DirectoryService, id: number): IndexedFields {
  return {
    id,
    name: service.name,
    alternateName: service.alternateName ?? '',
    organization: service.organization?.name ?? '',
    description: service.description ?? '',
    categories: service.categories.map((category) => category.name).join(' '),
    eligibility: service.eligibility ?? '',
  };
}

/**
 * A directory held in the page: an HSDS file, or one made by `compileDirectory` (quicker to
 * load), read once, indexed for text search with MiniSearch,
 * queried on the device. Nothing the resident types or chooses is sent anywhere.
 */
export class EmbeddedSource implements DirectorySource {
  readonly kind = 'embedded';
  /** Problems found while reading the data (skipped services, dropped links). */
  readonly issues: readonly DirectoryIssue[];
  readonly services: readonly DirectoryService[];
  readonly #index: MiniSearch<IndexedFields>;
  /** Services at positions below this are in the text index. */
  #indexed = 0;
  readonly #facets: Facets;
  readonly #categories: readonly Category[];
  readonly #languages: readonly Language[];
  readonly #byId: Map<string, DirectoryService>;
  readonly #timeZone: string;

  constructor(data: unknown, options: EmbeddedSourceOptions) {
    this.#timeZone = checkTimeZone(options.timeZone);
    const limits = limitsOf(options);
    const parsed = parseText(data, limits);
    const { services, issues } = isCompiled(parsed)
      ? { services: loadCompiled(parsed, limits), issues: [] }
      : readDirectory(parsed, options);
    // Sorted by name once here, so a query without words needs no sort (a compiled directory
    // already is, which the sort sees in one pass).
    this.services = sortByName(services);
    this.issues = issues;
    this.#byId = new Map(services.map((service) => [service.id, service]));
    this.#facets = new Facets(this.services);
    // Listed at load, not when a finder first asks: that is when it is drawing its first results.
    this.#categories = uniqueBy(
      services.flatMap((s) => s.categories),
      (c) => c.id,
    );
    this.#languages = uniqueBy(
      services.flatMap((s) => s.languages),
      (l) => l.code,
    );
    if (options.index !== undefined) {
      this.#index = MiniSearch.loadJSON(options.index, INDEX_OPTIONS);
      if (this.#index.documentCount !== services.length) {
        throw new DirectoryError(
          'stale-index',
          `The prebuilt index has ${this.#index.documentCount} services but the data has ${services.length}: rebuild it`,
        );
      }
      this.#indexed = services.length;
    } else {
      this.#index = new MiniSearch(INDEX_OPTIONS);
      if (options.buildIndex === 'now') this.#indexUpTo(services.length);
      else this.#indexInSlices();
    }
  }

  #indexUpTo(end: number): void {
    for (; this.#indexed < end; this.#indexed++) {
      this.#index.add(documentOf(this.services[this.#indexed]!, this.#indexed));
    }
  }

  #indexInSlices(): void {
    if (this.#indexed >= this.services.length) return;
    setTimeout(() => {
      this.#indexUpTo(Math.min(this.services.length, this.#indexed + SLICE));
      this.#indexInSlices();
    }, 0);
  }

  /** The whole text index, finishing at once what the slices have not done yet. */
  #completeIndex(): MiniSearch<IndexedFields> {
    this.#indexUpTo(this.services.length);
    return this.#index;
  }

  /** Loads a static HSDS file from the agency's own site. The request carries nothing of the resident's. */
  static async fromUrl(
    url: string | URL,
    options: EmbeddedSourceOptions & { fetch?: typeof fetch; signal?: AbortSignal },
  ): Promise<EmbeddedSource> {
    const response = await (options.fetch ?? fetch)(url, {
      signal: options.signal,
      credentials: 'same-origin',
    });
    if (!response.ok) {
      throw new DirectoryError(
        'load-failed',
        `The directory at ${String(url)} answered ${response.status}`,
      );
    }
    return new EmbeddedSource(await response.text(), options);
  }

  /** The text index as JSON, to ship next to the data and pass back as `options.index`. */
  serializeIndex(): string {
    return JSON.stringify(this.#completeIndex());
  }

  // async, so a bad query rejects the promise like the API source's does, instead of throwing.
  async search(query: DirectoryQuery): Promise<DirectoryPage> {
    const text = query.text?.trim() ?? '';
    const narrowed = this.#facets.narrow(query);
    let candidates: readonly DirectoryService[];
    if (text) {
      // Relevance order; positions outside the filters are dropped before runQuery sees them.
      const hits = this.#completeIndex().search(text, SEARCH_OPTIONS);
      candidates = (narrowed ? hits.filter((hit) => narrowed(hit.id as number)) : hits).map(
        (hit) => this.services[hit.id as number]!,
      );
    } else {
      candidates = narrowed
        ? this.services.filter((_, position) => narrowed(position))
        : this.services;
    }
    return runQuery(candidates, query, { timeZone: this.#timeZone, ordered: true });
  }

  get(id: string): Promise<DirectoryService | undefined> {
    return Promise.resolve(this.#byId.get(id));
  }

  categories(): Promise<Category[]> {
    return Promise.resolve([...this.#categories]);
  }

  languages(): Promise<Language[]> {
    return Promise.resolve([...this.#languages]);
  }
}

/** First of each key, sorted by name (or key). */
export function uniqueBy<T extends { name?: string }>(items: T[], key: (item: T) => string): T[] {
  const seen = new Map<string, T>();
  for (const item of items) if (!seen.has(key(item))) seen.set(key(item), item);
  return [...seen.values()].sort((a, b) =>
    (a.name ?? key(a)).localeCompare(b.name ?? key(b), 'en-US'),
  );
}

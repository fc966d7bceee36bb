import { decodeCentroidChunk, type Centroid } from './centroids.js';
import { ChunkNotLoadedError, JurisdictionDataError } from './errors.js';
import { decodeStateChunk, decodeZipChunk, SHARE_SCALE, type ZipParts } from './format.js';
import { DATASET } from './dataset.js';
import { getState, getStateByFips } from './states.js';
import type { County, CountyShare, ZipLookup } from './types.js';
import { isMilitaryZip, parseZip } from './zip.js';

/**
 * Fetches one chunk's text by name: `zip/30` (ZIP codes 30000-30999), `state/GA` (Georgia's
 * counties) or `centroid/30` (the centroids of ZIP codes 30000-30999). The default loader imports the data modules shipped in the package's `data/` folder.
 */
export type ChunkLoader = (chunk: string) => Promise<string>;

/** What the data covers; `prefixes` lists the 2-digit ZIP prefixes that have a chunk. */
export interface DatasetInfo {
  readonly source: string;
  readonly vintage: string;
  readonly licence: string;
  /** Text a page showing this data must display, such as "ZIP code data: SimpleMaps…". */
  readonly attribution: string;
  readonly url: string;
  /** What a county's share measures: `population` or `land-area`. */
  readonly shareBasis: 'population' | 'land-area';
  /** True when the data has ZIP code centroids (`centroid/30` chunks) for {@link JurisdictionData.findCentroid}. */
  readonly centroids?: boolean;
  readonly prefixes: ReadonlySet<string>;
}

interface StateCounties {
  readonly list: readonly County[];
  readonly byFips: ReadonlyMap<string, County>;
}

/**
 * ZIP code and county data, loaded in chunks on demand: `await loadZip(zip)` (the ZIP code's
 * 2-digit prefix chunk and its states' county names, a few KB), then `lookupZip(zip)`
 * synchronously; or `await findZip(zip)` for both. Each chunk is fetched once per instance, and
 * concurrent loads share one request.
 */
export class JurisdictionData {
  readonly info: DatasetInfo;
  readonly #load: ChunkLoader;
  readonly #zips = new Map<string, ReadonlyMap<string, ZipParts>>();
  readonly #states = new Map<string, StateCounties>();
  readonly #centroids = new Map<string, ReadonlyMap<string, Centroid>>();
  readonly #pending = new Map<string, Promise<void>>();

  constructor(load: ChunkLoader, info: DatasetInfo = DATASET) {
    this.#load = load;
    this.info = info;
  }

  /**
   * Loads what {@link lookupZip} needs for `zip`. Throws {@link ZipInputError} for text that is
   * not a ZIP code, {@link JurisdictionDataError} when a chunk cannot be loaded or read.
   */
  async loadZip(input: string): Promise<void> {
    const zip = parseZip(input);
    const prefix = this.#prefix(zip);
    if (!prefix) return;
    await this.#loadChunk(`zip/${prefix}`, (text) => {
      this.#zips.set(prefix, decodeZipChunk(`zip/${prefix}`, text));
    });
    await Promise.all(this.#statesOf(zip).map((state) => this.loadCounties(state)));
  }

  /** True when {@link lookupZip} can answer for `zip` now. */
  isZipLoaded(input: string): boolean {
    const zip = parseZip(input);
    const prefix = this.#prefix(zip);
    if (!prefix) return true;
    return this.#zips.has(prefix) && this.#statesOf(zip).every((s) => this.#states.has(s));
  }

  /**
   * Every county of a ZIP code, largest share first, synchronously. Throws {@link ZipInputError}
   * for text that is not a ZIP code and {@link ChunkNotLoadedError} before {@link loadZip}.
   */
  lookupZip(input: string): ZipLookup {
    const zip = parseZip(input);
    if (isMilitaryZip(zip)) return { found: false, zip, reason: 'military' };
    const prefix = this.#prefix(zip);
    if (prefix && !this.#zips.has(prefix)) throw new ChunkNotLoadedError(`zip/${prefix}`);
    const parts = prefix ? this.#zips.get(prefix)!.get(zip) : undefined;
    if (!parts) return { found: false, zip, reason: 'not-in-data' };
    const counties: CountyShare[] = parts.map(([fips, share]) => {
      const state = getStateByFips(fips.slice(0, 2))!.code;
      const county = this.#stateCounties(state).byFips.get(fips);
      if (!county) throw new JurisdictionDataError(`state/${state}`, `has no county ${fips}`);
      return Object.freeze({ ...county, share: share / SHARE_SCALE });
    });
    const states = [...new Set(counties.map((county) => county.state))];
    return { found: true, zip, counties: Object.freeze(counties), states: Object.freeze(states) };
  }

  /** {@link loadZip} then {@link lookupZip}. */
  async findZip(zip: string): Promise<ZipLookup> {
    await this.loadZip(zip);
    return this.lookupZip(zip);
  }

  /**
   * The centre of a ZIP code's area (to 0.01 degree), for distances worked out on the device; it
   * loads that ZIP prefix's centroid chunk (a few KB) once. Undefined for a ZIP code not in the
   * data, a military one, or data without centroids (such as a rebuild from the Census file).
   */
  async findCentroid(input: string): Promise<Centroid | undefined> {
    const zip = parseZip(input);
    const prefix = this.#prefix(zip);
    if (!prefix || !this.info.centroids || isMilitaryZip(zip)) return undefined;
    const chunk = `centroid/${prefix}`;
    await this.#loadChunk(chunk, (text) => {
      this.#centroids.set(prefix, decodeCentroidChunk(chunk, text));
    });
    return this.#centroids.get(prefix)!.get(zip);
  }

  /** Loads and returns the counties of a state, DC or territory (USPS code), in FIPS order. */
  async loadCounties(state: string): Promise<readonly County[]> {
    const chunk = this.#stateChunk(state);
    await this.#loadChunk(chunk, (text) => {
      const list = decodeStateChunk(chunk, text);
      if (list.some((county) => county.state !== state)) {
        throw new JurisdictionDataError(chunk, `lists a county outside ${state}`);
      }
      this.#states.set(state, { list, byFips: new Map(list.map((c) => [c.fips, c])) });
    });
    return this.counties(state);
  }

  /** The counties of a loaded state; throws {@link ChunkNotLoadedError} before loadCounties. */
  counties(state: string): readonly County[] {
    this.#stateChunk(state);
    return this.#stateCounties(state).list;
  }

  /** A county by 5-digit FIPS code once its state is loaded, else undefined. */
  getCounty(fips: string): County | undefined {
    const state = typeof fips === 'string' ? getStateByFips(fips.slice(0, 2)) : undefined;
    return state && this.#states.get(state.code)?.byFips.get(fips);
  }

  #prefix(zip: string): string | undefined {
    const prefix = zip.slice(0, 2);
    return this.info.prefixes.has(prefix) ? prefix : undefined;
  }

  #statesOf(zip: string): string[] {
    const parts = this.#zips.get(zip.slice(0, 2))?.get(zip) ?? [];
    return [...new Set(parts.map(([fips]) => getStateByFips(fips.slice(0, 2))?.code))].filter(
      (state): state is string => state !== undefined,
    );
  }

  #stateChunk(state: string): string {
    if (typeof state !== 'string' || !getState(state)) {
      throw new JurisdictionDataError(`state/${String(state)}`, 'not a state, DC or territory');
    }
    return `state/${state}`;
  }

  #stateCounties(state: string): StateCounties {
    const counties = this.#states.get(state);
    if (!counties) throw new ChunkNotLoadedError(`state/${state}`);
    return counties;
  }

  #loadChunk(chunk: string, accept: (text: string) => void): Promise<void> {
    const [kind, name] = chunk.split('/') as [string, string];
    const loaded = kind === 'zip' ? this.#zips : kind === 'state' ? this.#states : this.#centroids;
    if (loaded.has(name)) return Promise.resolve();
    let pending = this.#pending.get(chunk);
    if (!pending) {
      pending = this.#load(chunk)
        .catch((cause: unknown) => {
          throw new JurisdictionDataError(chunk, 'could not be loaded', { cause });
        })
        .then(accept)
        .finally(() => this.#pending.delete(chunk));
      this.#pending.set(chunk, pending);
    }
    return pending;
  }
}

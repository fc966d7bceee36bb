import type { DirectoryQuery, DirectoryService } from './types.js';

// Keys of the position lists. City names compare without regard to case, as coversJurisdiction does.
const categoryKey = (id: string) => `c:${id}`;
const languageKey = (code: string) => `l:${code.toLowerCase()}`;
const stateKey = (state: string) => `s:${state.toUpperCase()}`;
const countyKey = (fips: string) => `k:${fips}`;
const cityKey = (state: string, city: string) => `t:${state.toUpperCase()}:${city.toLowerCase()}`;

/**
 * Which services (by position in the source's name order) have each category, language and
 * service area, listed once when an embedded directory loads. A query with filters then starts
 * from the few services that can match instead of checking all of them. The lists only narrow:
 * runQuery still applies every filter to what is left, so the answers are exactly the same.
 */
export class Facets {
  readonly #lists = new Map<string, number[]>();
  /** Services that name no area serve everyone the directory serves (see coversJurisdiction). */
  readonly #everywhere: number[] = [];
  readonly #size: number;

  constructor(services: readonly DirectoryService[]) {
    this.#size = services.length;
    services.forEach((service, position) => {
      for (const category of service.categories) this.#add(categoryKey(category.id), position);
      for (const language of service.languages) this.#add(languageKey(language.code), position);
      if (service.areas.length === 0) this.#everywhere.push(position);
      for (const area of service.areas) {
        if (area.level === 'state') this.#add(stateKey(area.code), position);
        else if (area.level === 'county') this.#add(countyKey(area.code), position);
        else if (area.state) this.#add(cityKey(area.state, area.code), position);
      }
    });
  }

  #add(key: string, position: number): void {
    const list = this.#lists.get(key);
    if (list) list.push(position);
    else this.#lists.set(key, [position]);
  }

  #get(key: string): readonly number[] {
    return this.#lists.get(key) ?? [];
  }

  /**
   * The positions that pass the category, language and jurisdiction filters, as a test; undefined
   * when the query has none of them (every position may match).
   */
  narrow(query: DirectoryQuery): ((position: number) => boolean) | undefined {
    // Each dimension is a union of lists; a position must be in every dimension.
    const dimensions: (readonly number[])[][] = [];
    if (query.categories?.length)
      dimensions.push(query.categories.map((id) => this.#get(categoryKey(id))));
    if (query.languages?.length) {
      dimensions.push(query.languages.map((code) => this.#get(languageKey(code))));
    }
    const place = query.jurisdiction;
    if (place) {
      const lists = [this.#everywhere, this.#get(stateKey(place.state))];
      if (place.county !== undefined) lists.push(this.#get(countyKey(place.county)));
      if (place.city !== undefined) lists.push(this.#get(cityKey(place.state, place.city)));
      dimensions.push(lists);
    }
    if (dimensions.length === 0) return undefined;
    // passed[p] counts the dimensions position p is in; raising it only from d to d + 1 keeps a
    // position listed twice in one dimension (two of its categories asked for) from counting twice.
    const passed = new Uint8Array(this.#size);
    dimensions.forEach((lists, d) => {
      for (const list of lists)
        for (const position of list) if (passed[position] === d) passed[position] = d + 1;
    });
    const required = dimensions.length;
    return (position) => passed[position] === required;
  }
}

import { getState } from './states.js';
import type { County, Jurisdiction } from './types.js';
import { parseZip } from './zip.js';

/**
 * A city, town or other municipality an agency registers, because ZIP codes and counties do not
 * say which city a resident lives in (the city in a mailing address is the post office's, not the
 * municipality's).
 */
export interface CityDefinition {
  /** The name used in the `city` of a jurisdiction value and in rules, such as `Los Angeles`. */
  name: string;
  /** USPS code of its state. */
  state: string;
  /** ZIP codes wholly inside the city. A ZIP code claimed by two cities resolves to neither. */
  zips?: readonly string[];
  /** Census place codes (7 digits: state FIPS + place FIPS, such as `0644000`). */
  places?: readonly string[];
  /** Counties the city lies in (5-digit FIPS); a ZIP code matches only with one of them. */
  counties?: readonly string[];
}

export interface City {
  readonly name: string;
  readonly state: string;
  readonly zips: readonly string[];
  readonly places: readonly string[];
  readonly counties: readonly string[];
}

/** A registered city is refused; `path` names the field, such as `cities[2].zips[0]`. */
export class CityDefinitionError extends Error {
  override readonly name = 'CityDefinitionError';
  constructor(
    readonly path: string,
    message: string,
  ) {
    super(`${path}: ${message}`);
  }
}

/** Most cities one registry holds, and most ZIP codes or place codes one city lists. */
export const MAX_CITIES = 5_000;
export const MAX_CITY_CODES = 2_000;
const MAX_NAME_LENGTH = 100;

function codes(
  path: string,
  list: readonly string[] | undefined,
  check: (code: string, at: string) => string,
): string[] {
  if (list === undefined) return [];
  if (!Array.isArray(list)) throw new CityDefinitionError(path, 'must be a list');
  if (list.length > MAX_CITY_CODES) {
    throw new CityDefinitionError(path, `has ${list.length} entries, over ${MAX_CITY_CODES}`);
  }
  return list.map((code, i) => check(code, `${path}[${i}]`));
}

/**
 * The cities an agency registers. `resolve` turns a ZIP code and the county the resident chose
 * into the jurisdiction value, adding `city` only when exactly one registered city matches.
 */
export class CityRegistry {
  readonly #byZip = new Map<string, City[]>();
  readonly #byPlace = new Map<string, City>();
  #count = 0;

  /** Registers cities; `path` prefixes error paths (default `cities`). */
  register(cities: readonly CityDefinition[], path = 'cities'): void {
    if (!Array.isArray(cities)) throw new CityDefinitionError(path, 'must be a list');
    if (this.#count + cities.length > MAX_CITIES) {
      throw new CityDefinitionError(path, `more than ${MAX_CITIES} cities`);
    }
    const checked = cities.map((definition, i) => this.#check(definition, `${path}[${i}]`));
    for (const city of checked) {
      for (const zip of city.zips) this.#byZip.set(zip, [...(this.#byZip.get(zip) ?? []), city]);
      for (const place of city.places) this.#byPlace.set(place, city);
    }
    this.#count += checked.length;
  }

  /** Cities listing this ZIP code (and, when given, this county among theirs). */
  citiesForZip(zip: string, countyFips?: string): readonly City[] {
    const cities = this.#byZip.get(parseZip(zip)) ?? [];
    return countyFips === undefined
      ? cities
      : cities.filter((city) => city.counties.length === 0 || city.counties.includes(countyFips));
  }

  /** The city registered with this Census place code, or undefined. */
  cityForPlace(placeCode: string): City | undefined {
    return this.#byPlace.get(placeCode);
  }

  /** The jurisdiction of a resident in `county`, with the city when exactly one matches `zip`. */
  resolve(county: County, zip?: string): Jurisdiction {
    const cities = zip ? this.citiesForZip(zip, county.fips) : [];
    const city = cities.length === 1 && cities[0]!.state === county.state ? cities[0] : undefined;
    return toJurisdiction(county, city?.name);
  }

  #check(definition: CityDefinition, path: string): City {
    if (typeof definition !== 'object' || definition === null) {
      throw new CityDefinitionError(path, 'must be an object');
    }
    const { name, state } = definition;
    if (typeof name !== 'string' || name.trim() === '' || name.length > MAX_NAME_LENGTH) {
      throw new CityDefinitionError(`${path}.name`, `must be 1-${MAX_NAME_LENGTH} characters`);
    }
    const stateInfo = typeof state === 'string' ? getState(state) : undefined;
    if (!stateInfo) throw new CityDefinitionError(`${path}.state`, 'must be a USPS state code');
    const inState = (pattern: RegExp, what: string) => (code: string, at: string) => {
      if (typeof code !== 'string' || !pattern.test(code) || !code.startsWith(stateInfo.fips)) {
        throw new CityDefinitionError(at, `must be ${what} in ${stateInfo.code}`);
      }
      return code;
    };
    const zips = codes(`${path}.zips`, definition.zips, (zip, at) => {
      try {
        return parseZip(zip);
      } catch {
        throw new CityDefinitionError(at, 'must be a 5-digit ZIP code');
      }
    });
    return Object.freeze({
      name: name.trim(),
      state: stateInfo.code,
      zips: Object.freeze(zips),
      places: Object.freeze(
        codes(`${path}.places`, definition.places, inState(/^\d{7}$/, 'a 7-digit place code')),
      ),
      counties: Object.freeze(
        codes(`${path}.counties`, definition.counties, inState(/^\d{5}$/, 'a 5-digit county FIPS')),
      ),
    });
  }
}

/** The jurisdiction value (the eligibility engine's `jurisdiction` fact) of a county. */
export function toJurisdiction(county: County, city?: string): Jurisdiction {
  return city
    ? { state: county.state, county: county.fips, city }
    : { state: county.state, county: county.fips };
}

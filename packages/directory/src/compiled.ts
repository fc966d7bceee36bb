import {
  DEFAULT_LIMITS,
  DirectoryDataError,
  DirectoryLimitError,
  type DirectoryIssue,
} from './errors.js';
import { isCoordinates } from './geo.js';
import { sortByName } from './query.js';
import { readDirectory, type ReadOptions } from './read.js';
import type {
  Category,
  Coordinates,
  DirectoryService,
  Language,
  Phone,
  ServiceArea,
  ServiceLocation,
  WeeklyOpening,
} from './types.js';

/**
 * A compiled directory: the services `readDirectory` checked, in name order, with organizations,
 * categories and languages listed once and referred to by position. An HSDS file repeats each
 * organization and taxonomy term inside every service; reading and checking it on load costs
 * several times parsing this (decision 0075). The agency compiles at build time from its HSDS
 * export and serves the result where it served the HSDS file; `EmbeddedSource` reads either.
 */
export const COMPILED_FORMAT = 'plaza-directory/1';

type Organization = NonNullable<DirectoryService['organization']>;

interface CompiledService extends Omit<
  DirectoryService,
  'organization' | 'categories' | 'languages'
> {
  organization?: number;
  categories: number[];
  languages: number[];
}

interface CompiledDirectory {
  format: typeof COMPILED_FORMAT;
  organizations: Organization[];
  categories: Category[];
  languages: Language[];
  services: CompiledService[];
}

/** Positions in a table of distinct values (compared as JSON, so equal objects share one entry). */
class Table<T> {
  readonly items: T[] = [];
  readonly #positions = new Map<string, number>();
  add(item: T): number {
    const key = JSON.stringify(item);
    let position = this.#positions.get(key);
    if (position === undefined) {
      position = this.items.push(item) - 1;
      this.#positions.set(key, position);
    }
    return position;
  }
}

/**
 * Reads an HSDS directory (as `readDirectory` does: same checks, issues and limits) and returns it
 * compiled, as JSON text to serve to `EmbeddedSource`. Run it at build time, not in the page.
 */
export function compileDirectory(
  input: unknown,
  options: ReadOptions = {},
): { json: string; issues: DirectoryIssue[] } {
  const { services, issues } = readDirectory(input, options);
  const organizations = new Table<Organization>();
  const categories = new Table<Category>();
  const languages = new Table<Language>();
  const compiled: CompiledDirectory = {
    format: COMPILED_FORMAT,
    organizations: organizations.items,
    categories: categories.items,
    languages: languages.items,
    services: sortByName(services).map((service) => ({
      ...service,
      organization: service.organization && organizations.add(service.organization),
      categories: service.categories.map((category) => categories.add(category)),
      languages: service.languages.map((language) => languages.add(language)),
    })),
  };
  return { json: JSON.stringify(compiled), issues };
}

/** True for parsed JSON that `loadCompiled` reads rather than `readDirectory`. */
export function isCompiled(data: unknown): data is CompiledDirectory {
  return (data as Partial<CompiledDirectory> | null)?.format === COMPILED_FORMAT;
}

const LINK = /^https?:\/\//i;
const LEVELS = new Set(['state', 'county', 'city']);
const isText = (value: unknown): value is string => typeof value === 'string';
const optionalText = (value: unknown) => value === undefined || typeof value === 'string';
const optionalNumber = (value: unknown) => value === undefined || Number.isFinite(value);
const optionalLink = (value: unknown) => value === undefined || (isText(value) && LINK.test(value));
const listOf = <T>(value: unknown, check: (item: T) => boolean): boolean =>
  Array.isArray(value) && (value as T[]).every((item) => check(item));
const inTable = (value: unknown, table: unknown[]) =>
  Array.isArray(value) && value.every((at) => table[at as number] !== undefined);

type Loose<T> = { [K in keyof T]?: unknown };

/**
 * The first field of a compiled service that is not as the compiler writes it, or undefined.
 * Checked as far as the page's safety needs (text is text, links are http(s), references point
 * into the tables). Plain code, field by field: it runs for every service while the page waits.
 */
function badField(service: Loose<CompiledService>, tables: CompiledDirectory): string | undefined {
  if (!isText(service.id)) return 'id';
  if (!isText(service.name)) return 'name';
  if (!isText(service.status)) return 'status';
  if (!optionalText(service.alternateName)) return 'alternateName';
  if (!optionalText(service.description)) return 'description';
  if (!optionalText(service.email)) return 'email';
  if (!optionalText(service.eligibility)) return 'eligibility';
  if (!optionalLink(service.url)) return 'url';
  if (!optionalNumber(service.minimumAge)) return 'minimumAge';
  if (!optionalNumber(service.maximumAge)) return 'maximumAge';
  if (service.organization !== undefined && !inTable([service.organization], tables.organizations))
    return 'organization';
  if (!inTable(service.categories, tables.categories)) return 'categories';
  if (!inTable(service.languages, tables.languages)) return 'languages';
  if (typeof service.hasOtherSchedules !== 'boolean') return 'hasOtherSchedules';
  if (!listOf(service.phones, (phone: Loose<Phone>) => isText(phone?.number))) return 'phones';
  const locationOk = (location: Loose<ServiceLocation>) =>
    isText(location?.id) &&
    (location.latitude === undefined || isCoordinates(location as Partial<Coordinates>)) &&
    (location.address === undefined || typeof location.address === 'object');
  if (!listOf(service.locations, locationOk)) return 'locations';
  const areaOk = (area: Loose<ServiceArea>) =>
    LEVELS.has(area?.level as string) && isText(area.code) && isText(area.name);
  if (!listOf(service.areas, areaOk)) return 'areas';
  const openingOk = (opening: Loose<WeeklyOpening>) =>
    listOf(opening?.days, Number.isInteger) &&
    Number.isFinite(opening.opens) &&
    Number.isFinite(opening.closes);
  return listOf(service.openings, openingOk) ? undefined : 'openings';
}

function tableCheck<T>(list: unknown, name: string, check: (item: T) => boolean): void {
  if (!listOf(list, check)) {
    throw new DirectoryDataError([
      { path: `$.${name}`, message: 'is not as compiled; rebuild it' },
    ]);
  }
}

/** The services of a compiled directory, checked, with their table entries put back in place. */
export function loadCompiled(data: CompiledDirectory, limits = DEFAULT_LIMITS): DirectoryService[] {
  tableCheck(
    data.organizations,
    'organizations',
    (o: Organization) => isText(o?.id) && isText(o.name) && optionalLink(o.website),
  );
  tableCheck(data.categories, 'categories', (c: Category) => isText(c?.id) && isText(c.name));
  tableCheck(data.languages, 'languages', (l: Language) => isText(l?.code));
  tableCheck(
    data.services,
    'services',
    (s: CompiledService) => typeof s === 'object' && s !== null,
  );
  if (data.services.length > limits.maxServices) {
    throw new DirectoryLimitError(
      'maxServices',
      '$.services',
      `has ${data.services.length} services; the limit is ${limits.maxServices}`,
    );
  }
  return data.services.map((service, index) => {
    const field = badField(service, data);
    if (field !== undefined) {
      throw new DirectoryDataError([
        { path: `$.services[${index}].${field}`, message: 'is not as compiled; rebuild it' },
      ]);
    }
    return {
      ...service,
      organization:
        service.organization === undefined ? undefined : data.organizations[service.organization],
      categories: service.categories.map((at) => data.categories[at]!),
      languages: service.languages.map((at) => data.languages[at]!),
    };
  });
}

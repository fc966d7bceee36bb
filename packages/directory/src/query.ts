import { coversJurisdiction, runningArea } from './area.js';
import { DirectoryError } from './errors.js';
import { distanceMiles, isCoordinates } from './geo.js';
import { inTimeZone, isOpenAt } from './schedule.js';
import type {
  Coordinates,
  DirectoryPage,
  DirectoryQuery,
  DirectoryService,
  ServiceResult,
} from './types.js';

export const DEFAULT_PER_PAGE = 10;
export const MAX_PER_PAGE = 100;
const MAX_TEXT_LENGTH = 200;

/** A query with its numbers checked; throws DirectoryError naming the field that is wrong. */
export function checkQuery(
  query: DirectoryQuery,
): DirectoryQuery & { page: number; perPage: number } {
  const page = query.page ?? 1;
  const perPage = query.perPage ?? DEFAULT_PER_PAGE;
  if (!Number.isInteger(page) || page < 1) {
    throw new DirectoryError(
      'invalid-query',
      `query.page must be a whole number from 1 (got ${page})`,
    );
  }
  if (!Number.isInteger(perPage) || perPage < 1 || perPage > MAX_PER_PAGE) {
    throw new DirectoryError(
      'invalid-query',
      `query.perPage must be a whole number from 1 to ${MAX_PER_PAGE} (got ${perPage})`,
    );
  }
  if (query.text !== undefined && query.text.length > MAX_TEXT_LENGTH) {
    throw new DirectoryError(
      'invalid-query',
      `query.text is ${query.text.length} characters long; the limit is ${MAX_TEXT_LENGTH}`,
    );
  }
  if (
    query.age !== undefined &&
    !(Number.isFinite(query.age) && query.age >= 0 && query.age <= 150)
  ) {
    throw new DirectoryError('invalid-query', `query.age must be from 0 to 150 (got ${query.age})`);
  }
  if (query.sort !== undefined && query.sort !== 'default' && query.sort !== 'nearest') {
    throw new DirectoryError('invalid-query', `query.sort must be "default" or "nearest"`);
  }
  if (query.origin !== undefined && !isCoordinates(query.origin)) {
    throw new DirectoryError(
      'invalid-query',
      'query.origin must have a latitude and longitude in range',
    );
  }
  return { ...query, page, perPage };
}

/**
 * The filters that need no text index, the same for the embedded and the API source, prepared once
 * per query (sets, upper/lower case) so each service costs only lookups.
 */
function filterFor(
  query: DirectoryQuery,
  openNow: (service: DirectoryService) => boolean | undefined,
): (service: DirectoryService) => boolean {
  const categories = query.categories?.length ? new Set(query.categories) : undefined;
  const levels = query.levels?.length ? new Set(query.levels) : undefined;
  const languages = query.languages?.length
    ? new Set(query.languages.map((code) => code.toLowerCase()))
    : undefined;
  const place = query.jurisdiction && {
    state: query.jurisdiction.state.toUpperCase(),
    county: query.jurisdiction.county,
    city: query.jurisdiction.city,
  };
  const { age } = query;
  return (service) => {
    if (service.status !== 'active') return false;
    if (categories && !service.categories.some((category) => categories.has(category.id))) {
      return false;
    }
    if (levels) {
      const level = runningArea(service.areas)?.level;
      if (!level || !levels.has(level)) return false;
    }
    if (place && !coversJurisdiction(service.areas, place)) return false;
    if (languages && !service.languages.some((language) => languages.has(language.code))) {
      return false;
    }
    if (age !== undefined) {
      if (service.minimumAge !== undefined && age < service.minimumAge) return false;
      if (service.maximumAge !== undefined && age > service.maximumAge) return false;
    }
    return !query.openNow || openNow(service) === true;
  };
}

function nearest(service: DirectoryService, origin: Coordinates): number | undefined {
  let best: number | undefined;
  for (const location of service.locations) {
    if (location.latitude === undefined || location.longitude === undefined) continue;
    const miles = distanceMiles(origin, location as Required<typeof location>);
    if (best === undefined || miles < best) best = miles;
  }
  return best;
}

/** Nearest first; results with no distance after all that have one. */
function distanceOrder(a: number | undefined, b: number | undefined): number {
  if (a === undefined || b === undefined) return a === b ? 0 : a === undefined ? 1 : -1;
  return a - b;
}

const byName = new Intl.Collator('en-US', { sensitivity: 'base', numeric: true });

/**
 * Filters, sorts and pages candidates. `ordered` says the candidates already come in the order to
 * show (relevance for a text search, or names sorted once when the source loaded); otherwise they
 * are sorted by name. With an origin, nearest come first unless `sort` is `default` (ties and
 * services with no location keep that order, last). "Open now" is worked out only where needed: for the filter, and for the page.
 * Result objects are made for the page only: a query matching 10,000 services allocates 10 results.
 */
export function runQuery(
  candidates: readonly DirectoryService[],
  query: DirectoryQuery,
  options: { timeZone: string; ordered: boolean },
): DirectoryPage {
  const checked = checkQuery(query);
  const now = checked.now ?? new Date();
  const zoned = inTimeZone(now, options.timeZone);
  const openNow = (service: DirectoryService) =>
    isOpenAt(service.openings, now, options.timeZone, zoned);
  const matches = filterFor(checked, openNow);
  let matched = candidates.filter(matches);
  if (!options.ordered) matched.sort((a, b) => byName.compare(a.name, b.name));
  const origin = checked.origin;
  if (origin && checked.sort !== 'default') {
    // Positions sorted, not services, so each distance is computed once. Nearest first; the
    // sort is stable, so ties and services with no location keep the order above (those last).
    const distances = matched.map((service) => nearest(service, origin));
    const order = distances.map((_, position) => position);
    order.sort((a, b) => distanceOrder(distances[a], distances[b]));
    matched = order.map((position) => matched[position]!);
  }
  const totalPages = Math.max(1, Math.ceil(matched.length / checked.perPage));
  const start = (checked.page - 1) * checked.perPage;
  const items = matched.slice(start, start + checked.perPage).map((service) => {
    const result: ServiceResult = { service };
    // Again for the page only (ten services): cheaper than keeping every match's distance.
    const distance = origin && nearest(service, origin);
    if (distance !== undefined) result.distanceMiles = distance;
    result.openNow = openNow(service);
    return result;
  });
  return { items, total: matched.length, page: checked.page, perPage: checked.perPage, totalPages };
}

/** Sorts services by name, the order shown when there are no search words. */
export function sortByName<T extends { name: string }>(services: T[]): T[] {
  return services.sort((a, b) => byName.compare(a.name, b.name));
}

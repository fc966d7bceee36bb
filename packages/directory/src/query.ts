import { coversJurisdiction, runningArea } from './area.js';
import { DirectoryError } from './errors.js';
import { distanceMiles, isCoordinates } from './geo.js';
import { isOpenAt } from './schedule.js';
import type { DirectoryPage, DirectoryQuery, DirectoryService, ServiceResult } from './types.js';

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
  if (query.origin !== undefined && !isCoordinates(query.origin)) {
    throw new DirectoryError(
      'invalid-query',
      'query.origin must have a latitude and longitude in range',
    );
  }
  return { ...query, page, perPage };
}

/** The filters that need no text index: the same for the embedded and the API source. */
function matches(
  service: DirectoryService,
  query: DirectoryQuery,
  openNow: boolean | undefined,
): boolean {
  if (service.status !== 'active') return false;
  if (query.categories?.length) {
    const wanted = new Set(query.categories);
    if (!service.categories.some((category) => wanted.has(category.id))) return false;
  }
  if (query.levels?.length) {
    const level = runningArea(service.areas)?.level;
    if (!level || !query.levels.includes(level)) return false;
  }
  if (query.jurisdiction && !coversJurisdiction(service.areas, query.jurisdiction)) return false;
  if (query.languages?.length) {
    const wanted = new Set(query.languages.map((code) => code.toLowerCase()));
    if (!service.languages.some((language) => wanted.has(language.code))) return false;
  }
  if (query.age !== undefined) {
    if (service.minimumAge !== undefined && query.age < service.minimumAge) return false;
    if (service.maximumAge !== undefined && query.age > service.maximumAge) return false;
  }
  return !query.openNow || openNow === true;
}

function nearest(service: DirectoryService, query: DirectoryQuery): number | undefined {
  if (!query.origin) return undefined;
  let best: number | undefined;
  for (const location of service.locations) {
    if (location.latitude === undefined || location.longitude === undefined) continue;
    const miles = distanceMiles(query.origin, location as Required<typeof location>);
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
 * Filters, sorts and pages candidates (already ranked by relevance when the query had text).
 * Order: nearest first when there is an origin (services with no location last, in relevance
 * order), else relevance when there was text, else by name.
 */
export function runQuery(
  candidates: readonly DirectoryService[],
  query: DirectoryQuery,
  options: { timeZone: string; ranked: boolean },
): DirectoryPage {
  const checked = checkQuery(query);
  const now = checked.now ?? new Date();
  const results: ServiceResult[] = [];
  for (const service of candidates) {
    const openNow = isOpenAt(service.openings, now, options.timeZone);
    if (!matches(service, checked, openNow)) continue;
    const result: ServiceResult = { service, openNow };
    const miles = nearest(service, checked);
    if (miles !== undefined) result.distanceMiles = miles;
    results.push(result);
  }
  if (checked.origin) {
    // Array.prototype.sort is stable, so ties keep relevance (or name) order.
    if (!options.ranked) results.sort((a, b) => byName.compare(a.service.name, b.service.name));
    results.sort((a, b) => distanceOrder(a.distanceMiles, b.distanceMiles));
  } else if (!options.ranked) {
    results.sort((a, b) => byName.compare(a.service.name, b.service.name));
  }
  const totalPages = Math.max(1, Math.ceil(results.length / checked.perPage));
  const start = (checked.page - 1) * checked.perPage;
  return {
    items: results.slice(start, start + checked.perPage),
    total: results.length,
    page: checked.page,
    perPage: checked.perPage,
    totalPages,
  };
}

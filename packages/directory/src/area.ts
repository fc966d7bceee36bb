import type { JurisdictionLevel, ResidentJurisdiction, ServiceArea } from './types.js';

/**
 * HSDS 3.0 describes a service area with free text (`name`, `description`), a polygon (`extent`)
 * and a persistent identifier (`uri`). Plaza matches residents to areas through `uri`, in this
 * form (documented in the package README and the "Publishing your directory" guide):
 *
 *   urn:plaza:jurisdiction:state:GA         a state or territory, by USPS abbreviation
 *   urn:plaza:jurisdiction:county:13121     a county, by five-digit FIPS code
 *   urn:plaza:jurisdiction:city:1304000     a city, by the identifier the agency registered
 *
 * Areas with another `uri` (or none) are kept by the data but cannot be matched to a resident.
 */
export const AREA_URI_PREFIX = 'urn:plaza:jurisdiction:';

const LEVEL_PATTERNS: Record<JurisdictionLevel, RegExp> = {
  state: /^[A-Z]{2}$/,
  county: /^\d{5}$/,
  city: /^[\w.-]{1,64}$/,
};

/** Reads a service area `uri`; undefined when it is not a Plaza jurisdiction URN. */
export function parseAreaUri(uri: string): { level: JurisdictionLevel; code: string } | undefined {
  if (!uri.startsWith(AREA_URI_PREFIX)) return undefined;
  const [level, code = ''] = uri.slice(AREA_URI_PREFIX.length).split(':', 2);
  if (level !== 'state' && level !== 'county' && level !== 'city') return undefined;
  // States compare upper case, city ids lower case (FIPS codes are digits).
  const normalized = level === 'state' ? code.toUpperCase() : code.toLowerCase();
  return LEVEL_PATTERNS[level].test(normalized) ? { level, code: normalized } : undefined;
}

/** The `uri` for an area, the inverse of parseAreaUri. */
export function areaUri(level: JurisdictionLevel, code: string): string {
  return `${AREA_URI_PREFIX}${level}:${code}`;
}

const BREADTH: Record<JurisdictionLevel, number> = { state: 3, county: 2, city: 1 };

/**
 * Which level of government runs a service, judged by the broadest area it serves: a service for
 * the whole state is the state's, one for a county is the county's. Undefined when it names none.
 */
export function runningArea(areas: readonly ServiceArea[]): ServiceArea | undefined {
  let broadest: ServiceArea | undefined;
  for (const area of areas) {
    if (!broadest || BREADTH[area.level] > BREADTH[broadest.level]) broadest = area;
  }
  return broadest;
}

/**
 * True when one of the areas includes where the resident lives. A service that names no area is
 * taken to serve everyone the directory serves. State abbreviations and city ids compare without
 * regard to case.
 */
export function coversJurisdiction(
  areas: readonly ServiceArea[],
  place: ResidentJurisdiction,
): boolean {
  if (areas.length === 0) return true;
  return areas.some((area) => {
    if (area.level === 'state') return area.code === place.state.toUpperCase();
    if (area.level === 'county') return area.code === place.county;
    return place.city !== undefined && area.code === place.city.toLowerCase();
  });
}

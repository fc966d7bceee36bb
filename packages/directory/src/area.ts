import type { JurisdictionLevel, ResidentJurisdiction, ServiceArea } from './types.js';

/**
 * HSDS 3.0 describes a service area with free text (`name`, `description`), a polygon (`extent`)
 * and a persistent identifier (`uri`). Plaza matches residents to areas through `uri`, in this
 * form (documented in the package README and the "Publishing your directory" guide):
 *
 *   urn:plaza:jurisdiction:state:GA                  a state or territory, by USPS abbreviation
 *   urn:plaza:jurisdiction:county:13121              a county, by five-digit FIPS code
 *   urn:plaza:jurisdiction:city:GA:Johns%20Creek     a city: its state and the name the agency
 *                                                    registered with @plaza/jurisdictions
 *                                                    (percent-encoded)
 *
 * Areas with another `uri` (or none) are kept by the data but cannot be matched to a resident.
 */
export const AREA_URI_PREFIX = 'urn:plaza:jurisdiction:';

const STATE = /^[A-Z]{2}$/;
const COUNTY = /^\d{5}$/;
const MAX_CITY_NAME = 100;

type ParsedArea = Omit<ServiceArea, 'name'>;

function decode(text: string): string | undefined {
  try {
    return decodeURIComponent(text).trim();
  } catch {
    return undefined;
  }
}

/** Reads a service area `uri`; undefined when it is not a Plaza jurisdiction URN. */
export function parseAreaUri(uri: string): ParsedArea | undefined {
  if (!uri.startsWith(AREA_URI_PREFIX)) return undefined;
  const [level, first = '', ...rest] = uri.slice(AREA_URI_PREFIX.length).split(':');
  if (level === 'state' && rest.length === 0 && STATE.test(first.toUpperCase())) {
    return { level, code: first.toUpperCase() };
  }
  if (level === 'county' && rest.length === 0 && COUNTY.test(first)) return { level, code: first };
  if (level === 'city' && rest.length === 1 && STATE.test(first.toUpperCase())) {
    const name = decode(rest[0]!);
    if (name && name.length <= MAX_CITY_NAME)
      return { level, code: name, state: first.toUpperCase() };
  }
  return undefined;
}

/** The `uri` for an area, the inverse of parseAreaUri (`state` is needed for a city). */
export function areaUri(area: ParsedArea): string {
  const code = area.level === 'city' ? `${area.state}:${encodeURIComponent(area.code)}` : area.code;
  return `${AREA_URI_PREFIX}${area.level}:${code}`;
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
 * taken to serve everyone the directory serves. State abbreviations and city names compare without
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
    return (
      place.city !== undefined &&
      area.state === place.state.toUpperCase() &&
      area.code.toLowerCase() === place.city.toLowerCase()
    );
  });
}

/**
 * The shapes @plaza/directory reads into and answers with. Input is Open Referral HSDS 3.0 JSON
 * (fully nested services, field names as in the HSDS 3.0 schema); these are the normalized,
 * checked records every source returns, whatever it read.
 */

/** Levels of government a service area can name. */
export type JurisdictionLevel = 'state' | 'county' | 'city';

/**
 * Where a resident lives, as `<plaza-jurisdiction-picker>` and @plaza/jurisdictions give it: the
 * state's USPS abbreviation, the county's five-digit FIPS code, and the city's registered name
 * when known.
 */
export interface ResidentJurisdiction {
  state: string;
  county?: string;
  city?: string;
}

/** One area a service is available in, read from an HSDS `service_area` (see `parseAreaUri`). */
export interface ServiceArea {
  level: JurisdictionLevel;
  /** `GA` for a state, `13121` for a county, the registered name for a city (`Johns Creek`). */
  code: string;
  /** A city's state (USPS code). */
  state?: string;
  /** The area's name as the directory gives it (`service_area.name`), shown as text. */
  name: string;
}

export interface Category {
  /** `taxonomy_term.id`: what the HSDS API's `taxonomy_term_id` parameter takes. */
  id: string;
  name: string;
  code?: string;
}

export interface Language {
  /** ISO 639 code, lower case (`en`, `es`). */
  code: string;
  name?: string;
}

export interface Phone {
  number: string;
  extension?: number;
  type?: string;
  description?: string;
}

export interface Address {
  address1: string;
  address2?: string;
  city: string;
  stateProvince: string;
  postalCode: string;
}

export interface ServiceLocation {
  id: string;
  name?: string;
  address?: Address;
  latitude?: number;
  longitude?: number;
}

/** One weekly opening: on these days (0 = Sunday), from `opens` to `closes`, minutes after midnight. */
export interface WeeklyOpening {
  days: number[];
  opens: number;
  closes: number;
  /** Minutes east of UTC when the data gave an offset (`09:00-05:00`); else the agency's time zone applies. */
  utcOffset?: number;
  validFrom?: string;
  validTo?: string;
}

export interface DirectoryService {
  id: string;
  name: string;
  alternateName?: string;
  description?: string;
  organization?: { id: string; name: string; website?: string };
  /** Only http(s) URLs survive reading; anything else is dropped and reported. */
  url?: string;
  email?: string;
  status: string;
  eligibility?: string;
  minimumAge?: number;
  maximumAge?: number;
  categories: Category[];
  languages: Language[];
  phones: Phone[];
  locations: ServiceLocation[];
  areas: ServiceArea[];
  openings: WeeklyOpening[];
  /** Schedules the reader could not turn into weekly openings (monthly, free text): "open now" is unknown. */
  hasOtherSchedules: boolean;
}

export interface Coordinates {
  latitude: number;
  longitude: number;
}

/** What a resident asked for. Every field is optional; an empty query lists every active service. */
export interface DirectoryQuery {
  /** Words typed in the search box. */
  text?: string;
  /** Taxonomy term ids: a service matches if it has any of them. */
  categories?: string[];
  /** Only services run at these levels (the broadest area each service covers). */
  levels?: JurisdictionLevel[];
  /** Only services whose service area covers this place (or that name no area at all). */
  jurisdiction?: ResidentJurisdiction;
  /** Language codes: a service matches if it offers any of them. */
  languages?: string[];
  /** The resident's age: services whose age limits exclude it are left out. */
  age?: number;
  /** Only services whose schedule says they are open at `now`. */
  openNow?: boolean;
  /** The moment "open now" is judged at (default: the current time). */
  now?: Date;
  /** Distances from here (a ZIP centroid or a location the resident chose to share). */
  origin?: Coordinates;
  /**
   * `nearest`: nearest first (the default when `origin` is given); `default`: relevance for words,
   * else by name, with distances still given when `origin` is.
   */
  sort?: 'default' | 'nearest';
  /** 1-based page number (default 1). */
  page?: number;
  /** Results per page (default 10, at most 100). */
  perPage?: number;
}

export interface ServiceResult {
  service: DirectoryService;
  /** Miles from `query.origin` to the nearest location with coordinates. */
  distanceMiles?: number;
  /** Open at `query.now`, closed, or undefined when the schedule does not say. */
  openNow?: boolean;
}

export interface DirectoryPage {
  items: ServiceResult[];
  total: number;
  page: number;
  perPage: number;
  totalPages: number;
}

/** Every directory, embedded or remote, answers through this one interface. */
export interface DirectorySource {
  readonly kind: 'embedded' | 'api';
  search(query: DirectoryQuery, signal?: AbortSignal): Promise<DirectoryPage>;
  get(id: string, signal?: AbortSignal): Promise<DirectoryService | undefined>;
  /** Categories a resident can filter by. */
  categories(signal?: AbortSignal): Promise<Category[]>;
  /** Languages a resident can filter by. */
  languages(signal?: AbortSignal): Promise<Language[]>;
}

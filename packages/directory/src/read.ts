import { parseAreaUri } from './area.js';
import {
  DEFAULT_LIMITS,
  DirectoryDataError,
  DirectoryLimitError,
  type DirectoryIssue,
  type DirectoryLimits,
} from './errors.js';
import { isCoordinates } from './geo.js';
import { parseByDay, parseTime } from './schedule.js';
import type {
  Address,
  Category,
  DirectoryService,
  Language,
  Phone,
  ServiceArea,
  ServiceLocation,
  WeeklyOpening,
} from './types.js';

export interface ReadOptions {
  limits?: Partial<DirectoryLimits>;
  /** Throw a DirectoryDataError when any service has a problem, instead of skipping it. */
  strict?: boolean;
}

export interface ReadResult {
  services: DirectoryService[];
  /** Problems found: services skipped, links dropped, schedules not understood. Each names its path. */
  issues: DirectoryIssue[];
}

type Json = Record<string, unknown>;
const FORBIDDEN_KEYS = ['__proto__', 'constructor', 'prototype'];

/** Thrown inside one service to skip it; collected as an issue. */
class SkipService extends Error {}

/** Walks one service, recording issues with their JSON paths and keeping within the limits. */
class ServiceReader {
  constructor(
    private readonly limits: DirectoryLimits,
    private readonly issues: DirectoryIssue[],
  ) {}

  object(value: unknown, path: string): Json | undefined {
    if (value === undefined || value === null) return undefined;
    if (typeof value !== 'object' || Array.isArray(value)) {
      this.issues.push({ path, message: 'must be an object' });
      return undefined;
    }
    for (const key of FORBIDDEN_KEYS) {
      if (Object.hasOwn(value, key)) {
        this.issues.push({ path: `${path}.${key}`, message: 'is not allowed (prototype key)' });
        throw new SkipService();
      }
    }
    return value as Json;
  }

  list(value: unknown, path: string): unknown[] {
    if (value === undefined || value === null) return [];
    if (!Array.isArray(value)) {
      this.issues.push({ path, message: 'must be an array' });
      return [];
    }
    if (value.length > this.limits.maxListLength) {
      throw new DirectoryLimitError(
        'maxListLength',
        path,
        `has ${value.length} entries; the limit is ${this.limits.maxListLength}`,
      );
    }
    return value;
  }

  text(value: unknown, path: string): string | undefined {
    if (value === undefined || value === null) return undefined;
    if (typeof value === 'number') return String(value);
    if (typeof value !== 'string') {
      this.issues.push({ path, message: 'must be a string' });
      return undefined;
    }
    if (value.length > this.limits.maxStringLength) {
      throw new DirectoryLimitError(
        'maxStringLength',
        path,
        `is ${value.length} characters long; the limit is ${this.limits.maxStringLength}`,
      );
    }
    const trimmed = value.trim();
    return trimmed === '' ? undefined : trimmed;
  }

  requiredText(value: unknown, path: string): string {
    const text = this.text(value, path);
    if (text === undefined) {
      this.issues.push({ path, message: 'is required' });
      throw new SkipService();
    }
    return text;
  }

  number(value: unknown, path: string): number | undefined {
    if (value === undefined || value === null || value === '') return undefined;
    const number = typeof value === 'string' ? Number(value) : value;
    if (typeof number !== 'number' || !Number.isFinite(number)) {
      this.issues.push({ path, message: 'must be a number' });
      return undefined;
    }
    return number;
  }

  /** Only http(s) links are kept: `javascript:`, `data:` and the rest are dropped and reported. */
  link(value: unknown, path: string): string | undefined {
    const text = this.text(value, path);
    if (text === undefined) return undefined;
    let url: URL;
    try {
      url = new URL(text);
    } catch {
      this.issues.push({ path, message: 'is not an absolute URL; dropped' });
      return undefined;
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') {
      this.issues.push({ path, message: `uses "${url.protocol}", not http(s); dropped` });
      return undefined;
    }
    return url.href;
  }

  each<T>(
    value: unknown,
    path: string,
    read: (item: Json, itemPath: string) => T | undefined,
  ): T[] {
    const out: T[] = [];
    this.list(value, path).forEach((item, index) => {
      const itemPath = `${path}[${index}]`;
      const object = this.object(item, itemPath);
      const result = object && read(object, itemPath);
      if (result !== undefined) out.push(result);
    });
    return out;
  }

  service(raw: Json, path: string): DirectoryService {
    const id = this.requiredText(raw.id, `${path}.id`);
    const name = this.requiredText(raw.name, `${path}.name`);
    const organizationJson = this.object(raw.organization, `${path}.organization`);
    const locations = this.each(
      raw.service_at_locations,
      `${path}.service_at_locations`,
      (sal, p) => this.serviceAtLocation(sal, p),
    );
    return {
      id,
      name,
      alternateName: this.text(raw.alternate_name, `${path}.alternate_name`),
      description: this.text(raw.description, `${path}.description`),
      organization: organizationJson && {
        id: this.requiredText(organizationJson.id, `${path}.organization.id`),
        name: this.requiredText(organizationJson.name, `${path}.organization.name`),
        website: this.link(organizationJson.website, `${path}.organization.website`),
      },
      url: this.link(raw.url, `${path}.url`),
      email: this.text(raw.email, `${path}.email`),
      status: this.text(raw.status, `${path}.status`) ?? 'active',
      eligibility: this.text(raw.eligibility_description, `${path}.eligibility_description`),
      minimumAge: this.number(raw.minimum_age, `${path}.minimum_age`),
      maximumAge: this.number(raw.maximum_age, `${path}.maximum_age`),
      categories: this.each(raw.attributes, `${path}.attributes`, (a, p) => this.category(a, p)),
      languages: this.each(raw.languages, `${path}.languages`, (l, p) => this.language(l, p)),
      phones: this.each(raw.phones, `${path}.phones`, (ph, p) => this.phone(ph, p)),
      locations: locations.map((entry) => entry.location),
      areas: this.each(raw.service_areas, `${path}.service_areas`, (a, p) => this.area(a, p)),
      ...this.openings([
        { value: raw.schedules, path: `${path}.schedules` },
        ...locations.flatMap((entry) => entry.schedules),
      ]),
    };
  }

  private category(attribute: Json, path: string): Category | undefined {
    const term = this.object(attribute.taxonomy_term, `${path}.taxonomy_term`);
    const id = this.text(term?.id ?? attribute.taxonomy_term_id, `${path}.taxonomy_term_id`);
    if (id === undefined) return undefined;
    const name = this.text(term?.name, `${path}.taxonomy_term.name`) ?? id;
    return { id, name, code: this.text(term?.code, `${path}.taxonomy_term.code`) };
  }

  private language(language: Json, path: string): Language | undefined {
    const code = this.text(language.code, `${path}.code`)?.toLowerCase();
    if (code === undefined) return undefined;
    return { code, name: this.text(language.name, `${path}.name`) };
  }

  private phone(phone: Json, path: string): Phone | undefined {
    const number = this.text(phone.number, `${path}.number`);
    if (number === undefined) {
      this.issues.push({ path: `${path}.number`, message: 'is required; phone left out' });
      return undefined;
    }
    return {
      number,
      extension: this.number(phone.extension, `${path}.extension`),
      type: this.text(phone.type, `${path}.type`),
      description: this.text(phone.description, `${path}.description`),
    };
  }

  private area(area: Json, path: string): ServiceArea | undefined {
    const uri = this.text(area.uri, `${path}.uri`);
    const parsed = uri === undefined ? undefined : parseAreaUri(uri);
    if (!parsed) {
      this.issues.push({
        path: `${path}.uri`,
        message: 'names no Plaza jurisdiction; not matched',
      });
      return undefined;
    }
    return { ...parsed, name: this.text(area.name, `${path}.name`) ?? parsed.code };
  }

  private serviceAtLocation(
    sal: Json,
    path: string,
  ): { location: ServiceLocation; schedules: { value: unknown; path: string }[] } | undefined {
    const location = this.object(sal.location, `${path}.location`);
    if (!location) return undefined;
    const locationPath = `${path}.location`;
    const latitude = this.number(location.latitude, `${locationPath}.latitude`);
    const longitude = this.number(location.longitude, `${locationPath}.longitude`);
    const hasCoordinates = isCoordinates({ latitude, longitude });
    if (!hasCoordinates && (latitude !== undefined || longitude !== undefined)) {
      this.issues.push({ path: locationPath, message: 'latitude/longitude out of range; ignored' });
    }
    const [address] = this.each(location.addresses, `${locationPath}.addresses`, (a, p) =>
      this.address(a, p),
    );
    return {
      location: {
        id: this.requiredText(location.id, `${locationPath}.id`),
        name: this.text(location.name, `${locationPath}.name`),
        address,
        ...(hasCoordinates ? { latitude, longitude } : {}),
      },
      schedules: [
        { value: sal.schedules, path: `${path}.schedules` },
        { value: location.schedules, path: `${locationPath}.schedules` },
      ],
    };
  }

  private address(address: Json, path: string): Address | undefined {
    if (this.text(address.address_type, `${path}.address_type`) === 'virtual') return undefined;
    const address1 = this.text(address.address_1, `${path}.address_1`);
    const city = this.text(address.city, `${path}.city`);
    if (address1 === undefined || city === undefined) return undefined;
    return {
      address1,
      address2: this.text(address.address_2, `${path}.address_2`),
      city,
      stateProvince: this.text(address.state_province, `${path}.state_province`) ?? '',
      postalCode: this.text(address.postal_code, `${path}.postal_code`) ?? '',
    };
  }

  private openings(
    sources: { value: unknown; path: string }[],
  ): Pick<DirectoryService, 'openings' | 'hasOtherSchedules'> {
    const openings: WeeklyOpening[] = [];
    let hasOtherSchedules = false;
    for (const source of sources) {
      this.each(source.value, source.path, (schedule, path) => {
        const opening = this.weekly(schedule, path);
        if (opening) openings.push(opening);
        else hasOtherSchedules = true;
        return undefined;
      });
    }
    return { openings, hasOtherSchedules };
  }

  private weekly(schedule: Json, path: string): WeeklyOpening | undefined {
    const freq = this.text(schedule.freq, `${path}.freq`)?.toUpperCase();
    const opensText = this.text(schedule.opens_at, `${path}.opens_at`);
    const closesText = this.text(schedule.closes_at, `${path}.closes_at`);
    if ((freq !== undefined && freq !== 'WEEKLY') || !opensText || !closesText) return undefined;
    const opens = parseTime(opensText);
    const closes = parseTime(closesText);
    const byday = this.text(schedule.byday, `${path}.byday`);
    const days = byday === undefined ? [0, 1, 2, 3, 4, 5, 6] : parseByDay(byday);
    if (!opens || !closes || !days || opens.utcOffset !== closes.utcOffset) {
      this.issues.push({ path, message: 'opens_at, closes_at or byday not understood; ignored' });
      return undefined;
    }
    return {
      days,
      opens: opens.minutes,
      closes: closes.minutes,
      utcOffset: opens.utcOffset,
      validFrom: this.text(schedule.valid_from, `${path}.valid_from`),
      validTo: this.text(schedule.valid_to, `${path}.valid_to`),
    };
  }
}

export const limitsOf = (options: ReadOptions): DirectoryLimits => ({
  ...DEFAULT_LIMITS,
  ...options.limits,
});

/** JSON text parsed within the length limit; anything else is returned as it is. */
export function parseText(input: unknown, limits: DirectoryLimits): unknown {
  if (typeof input !== 'string') return input;
  if (input.length > limits.maxTextLength) {
    throw new DirectoryLimitError(
      'maxTextLength',
      '$',
      `is ${input.length} characters long; the limit is ${limits.maxTextLength}`,
    );
  }
  try {
    return JSON.parse(input) as unknown;
  } catch (error) {
    throw new DirectoryDataError([{ path: '$', message: `is not JSON (${String(error)})` }]);
  }
}

/**
 * Reads an HSDS 3.0 directory: a JSON array of fully nested services (as the HSDS API's
 * `/services/{id}` returns each one), or a page `{ "contents": [...] }` as `/services` returns,
 * given as parsed JSON or as text. Services with problems are skipped and reported in `issues`
 * (or, with `strict`, throw); a wrong outer shape throws DirectoryDataError and data beyond the
 * limits throws DirectoryLimitError. Text is kept as text: nothing here is ever treated as HTML.
 */
export function readDirectory(input: unknown, options: ReadOptions = {}): ReadResult {
  const limits = limitsOf(options);
  const data = parseText(input, limits);
  const list = Array.isArray(data) ? data : contentsOf(data);
  const root = Array.isArray(data) ? '$' : '$.contents';
  if (list.length > limits.maxServices) {
    throw new DirectoryLimitError(
      'maxServices',
      root,
      `has ${list.length} services; the limit is ${limits.maxServices}`,
    );
  }
  const issues: DirectoryIssue[] = [];
  const reader = new ServiceReader(limits, issues);
  const services: DirectoryService[] = [];
  const seen = new Set<string>();
  list.forEach((item, index) => {
    const path = `${root}[${index}]`;
    try {
      const raw = reader.object(item, path);
      if (!raw) return;
      const service = reader.service(raw, path);
      if (seen.has(service.id)) {
        issues.push({ path: `${path}.id`, message: `repeats the id "${service.id}"; skipped` });
        return;
      }
      seen.add(service.id);
      services.push(service);
    } catch (error) {
      if (!(error instanceof SkipService)) throw error;
    }
  });
  if (options.strict && issues.length > 0) throw new DirectoryDataError(issues);
  return { services, issues };
}

function contentsOf(data: unknown): unknown[] {
  const contents = typeof data === 'object' && data !== null ? (data as Json).contents : undefined;
  if (!Array.isArray(contents)) {
    throw new DirectoryDataError([
      {
        path: '$',
        message: 'must be an array of HSDS services or an object with a "contents" array',
      },
    ]);
  }
  return contents;
}

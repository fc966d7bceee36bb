#!/usr/bin/env node
// Builds examples/directory.json, the EXAMPLE HSDS 3.0 directory (made-up services in real
// Georgia places), from the hand-written seeds in example-seeds.mjs. Deterministic: the same
// seeds always give the same file. Run: npm run examples -w @plaza/directory
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  CATEGORIES,
  CITIES,
  COUNTIES,
  EXAMPLE_NOTE,
  HOURS,
  KINDS,
  ORGANIZATION_NAMES,
  SITES,
  STATE,
  STREETS,
} from './example-seeds.mjs';

const AREA_URI = (place) =>
  `urn:plaza:jurisdiction:${place.level}:${place.level === 'city' ? `${place.state}:${encodeURIComponent(place.code)}` : place.code}`;
const slug = (text) =>
  text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

const PLACES = { state: [STATE], county: COUNTIES, city: CITIES };
const categoryById = new Map(CATEGORIES.map((category) => [category.id, category]));

/** A place's organization in one language (one per place and language, shared by its services). */
function organization(place, spanish) {
  const name = ORGANIZATION_NAMES[place.level][spanish ? 'es' : 'en'].replace(
    '{place}',
    place.short,
  );
  const id = `org-${slug(name)}`;
  return {
    id,
    name,
    description: spanish ? EXAMPLE_NOTE.es : EXAMPLE_NOTE.en,
    website: `https://${slug(place.short)}.services.example/`,
  };
}

let counter = 0;
function build(kind, place, site, siteCount) {
  counter += 1;
  const spanish = Boolean(kind.es);
  const baseName = kind.name.replace('{place}', place.short);
  const name = siteCount > 1 ? `${baseName} (${site.label})` : baseName;
  const id = `svc-${slug(name)}`;
  const category = categoryById.get(kind.category);
  const number = `(${place.area ?? '404'}) 555-01${String(counter % 100).padStart(2, '0')}`;
  const virtual = kind.hours === 'always' && place.level === 'state';
  const service = {
    id,
    name,
    description: `${kind.description.replace('{place}', place.short)} ${spanish ? EXAMPLE_NOTE.es : EXAMPLE_NOTE.en}`,
    url: `https://${slug(place.short)}.services.example/${slug(baseName)}`,
    status: 'active',
    eligibility_description: kind.eligibility,
    ...(kind.minAge !== undefined ? { minimum_age: kind.minAge } : {}),
    ...(kind.maxAge !== undefined ? { maximum_age: kind.maxAge } : {}),
    organization: organization(place, spanish),
    phones: [{ id: `${id}-phone`, number, type: 'voice' }],
    schedules: HOURS[kind.hours].map((hours, index) => ({
      id: `${id}-schedule-${index}`,
      ...hours,
    })),
    service_areas: [
      { id: `${id}-area`, name: place.name, uri: AREA_URI(place), extent_type: 'text' },
    ],
    languages: (spanish ? ['es', 'en'] : counter % 3 === 0 ? ['en', 'es'] : ['en']).map((code) => ({
      id: `${id}-lang-${code}`,
      code,
      name: code === 'es' ? 'Spanish' : 'English',
    })),
    attributes: [
      {
        id: `${id}-attr`,
        taxonomy_term_id: `tax-${category.id}`,
        taxonomy_term: {
          id: `tax-${category.id}`,
          code: category.code,
          name: category.name,
          description: category.name,
        },
      },
    ],
  };
  if (!virtual) {
    service.service_at_locations = [
      {
        id: `${id}-sal`,
        location: {
          id: `loc-${slug(place.code)}-${slug(site.label)}-${counter}`,
          location_type: 'physical',
          name: `${place.short} ${site.label} office`,
          latitude: Math.round((site.lat + ((counter % 7) - 3) * 0.004) * 1e4) / 1e4,
          longitude: Math.round((site.lon + ((counter % 5) - 2) * 0.004) * 1e4) / 1e4,
          addresses: [
            {
              id: `${id}-address`,
              address_1: `${100 + ((counter * 37) % 900)} ${STREETS[counter % STREETS.length]}`,
              city: site.city,
              state_province: 'GA',
              postal_code: site.zip,
              country: 'US',
              address_type: 'physical',
            },
          ],
        },
      },
    ];
  }
  return service;
}

const services = [];
for (const kind of KINDS) {
  for (const level of kind.levels) {
    for (const place of PLACES[level]) {
      const sites = SITES[place.code];
      for (const site of sites) services.push(build(kind, place, site, sites.length));
    }
  }
}

const out = fileURLToPath(new URL('../examples/directory.json', import.meta.url));
// One service per line: compact, and a change to one service is a one-line diff.
writeFileSync(out, `[\n${services.map((service) => JSON.stringify(service)).join(',\n')}\n]\n`);
console.log(`Wrote ${services.length} example services to ${out}`);

/** Small HSDS 3.0 services for the tests, built field by field so each test says what it changes. */
export function hsdsService(
  id: string,
  overrides: Record<string, unknown> = {},
): Record<string, unknown> {
  return {
    id,
    name: `Service ${id}`,
    description: 'Groceries every week.',
    status: 'active',
    organization: { id: `org-${id}`, name: `Organization ${id}` },
    service_areas: [
      { id: `${id}-a`, name: 'Fulton County', uri: 'urn:plaza:jurisdiction:county:13121' },
    ],
    languages: [{ id: `${id}-l`, code: 'en', name: 'English' }],
    attributes: [
      {
        id: `${id}-t`,
        taxonomy_term_id: 'tax-food',
        taxonomy_term: { id: 'tax-food', name: 'Food' },
      },
    ],
    schedules: [
      {
        id: `${id}-s`,
        freq: 'WEEKLY',
        byday: 'MO,TU,WE,TH,FR',
        opens_at: '09:00',
        closes_at: '17:00',
      },
    ],
    ...overrides,
  };
}

export const TIME_ZONE = 'America/New_York';

/** Where a resident in Johns Creek (Fulton County, Georgia) lives. */
export const JOHNS_CREEK = { state: 'GA', county: '13121', city: 'Johns Creek' };

// Hand-written seeds for the EXAMPLE directory (made up: not real services, phones or addresses).
// generate-example-directory.mjs turns them into HSDS 3.0 JSON in examples/directory.json.
// Places are real (Georgia, two of its counties, three of its cities) so ZIP codes resolve; the
// services, organizations, street addresses, 555-01xx phone numbers and .example links are not.

export const TIME_ZONE = 'America/New_York';

export const STATE = { level: 'state', code: 'GA', name: 'State of Georgia', short: 'Georgia' };

export const COUNTIES = [
  { level: 'county', code: '13121', name: 'Fulton County', short: 'Fulton', area: '404' },
  { level: 'county', code: '13135', name: 'Gwinnett County', short: 'Gwinnett', area: '770' },
];

/** City `code`s are the names an agency registers with @plaza/jurisdictions (CityRegistry). */
export const CITIES = [
  {
    level: 'city',
    code: 'Atlanta',
    state: 'GA',
    name: 'City of Atlanta',
    short: 'Atlanta',
    county: '13121',
    area: '404',
  },
  {
    level: 'city',
    code: 'Johns Creek',
    state: 'GA',
    name: 'City of Johns Creek',
    short: 'Johns Creek',
    county: '13121',
    area: '678',
  },
  {
    level: 'city',
    code: 'Duluth',
    state: 'GA',
    name: 'City of Duluth',
    short: 'Duluth',
    county: '13135',
    area: '770',
  },
];

/** Where offices can be: real city names, ZIP codes and approximate centres. */
export const SITES = {
  GA: [{ label: 'Atlanta', city: 'Atlanta', zip: '30303', lat: 33.7537, lon: -84.3863 }],
  13121: [
    { label: 'West End', city: 'Atlanta', zip: '30310', lat: 33.7276, lon: -84.4227 },
    { label: 'Roswell', city: 'Roswell', zip: '30075', lat: 34.0232, lon: -84.3616 },
    { label: 'Alpharetta', city: 'Alpharetta', zip: '30009', lat: 34.0754, lon: -84.2941 },
  ],
  13135: [
    { label: 'Lawrenceville', city: 'Lawrenceville', zip: '30046', lat: 33.9562, lon: -83.988 },
    { label: 'Norcross', city: 'Norcross', zip: '30071', lat: 33.9412, lon: -84.2135 },
    { label: 'Snellville', city: 'Snellville', zip: '30078', lat: 33.8573, lon: -84.0199 },
  ],
  Atlanta: [
    { label: 'Westside', city: 'Atlanta', zip: '30318', lat: 33.7862, lon: -84.4454 },
    { label: 'Grant Park', city: 'Atlanta', zip: '30312', lat: 33.7462, lon: -84.3779 },
    { label: 'Midtown', city: 'Atlanta', zip: '30308', lat: 33.7717, lon: -84.3803 },
  ],
  'Johns Creek': [
    { label: 'Johns Creek', city: 'Johns Creek', zip: '30097', lat: 34.0289, lon: -84.1986 },
  ],
  Duluth: [{ label: 'Duluth', city: 'Duluth', zip: '30096', lat: 34.0029, lon: -84.1446 }],
};

export const STREETS = [
  'Peachtree St',
  'Main St',
  'Oak Ave',
  'Magnolia Way',
  'Pine Ridge Rd',
  'Church St',
  'Park Pl',
  'Market St',
];

export const CATEGORIES = [
  { id: 'food', code: 'BD', name: 'Food' },
  { id: 'housing', code: 'BH', name: 'Housing' },
  { id: 'health', code: 'LN', name: 'Health' },
  { id: 'utilities', code: 'BV', name: 'Utilities' },
  { id: 'legal', code: 'FT', name: 'Legal help' },
  { id: 'transport', code: 'BT', name: 'Transportation' },
];

/**
 * Service kinds per category. `levels` says which governments run one; `es: true` kinds are
 * written in Spanish (by organizations that serve Spanish speakers first). {place} becomes the
 * jurisdiction's short name.
 */
export const KINDS = [
  // Food
  {
    category: 'food',
    levels: ['state'],
    name: 'SNAP food benefits application help',
    description: 'Help applying for and renewing SNAP food benefits, by phone or in person.',
    eligibility: 'Households with low income. Some students and workers have extra rules.',
    hours: 'weekdays',
  },
  {
    category: 'food',
    levels: ['state', 'county'],
    name: 'WIC nutrition program',
    description:
      'Healthy food, breastfeeding support and nutrition advice for pregnant people, new parents and young children.',
    eligibility: 'Pregnant or postpartum people, infants and children under 5 with low income.',
    maxAge: 5,
    hours: 'weekdays',
  },
  {
    category: 'food',
    levels: ['county', 'city'],
    name: '{place} community food pantry',
    description: 'Free groceries once a week, including fresh produce. No appointment needed.',
    eligibility: 'Anyone who needs food. Bring something with your address if you have it.',
    hours: 'pantry',
  },
  {
    category: 'food',
    levels: ['county', 'city'],
    es: true,
    name: 'Despensa comunitaria de {place}',
    description:
      'Comestibles gratis cada semana, con frutas y verduras frescas. No se necesita cita.',
    eligibility: 'Cualquier persona que necesite alimentos.',
    hours: 'saturday',
  },
  {
    category: 'food',
    levels: ['city'],
    name: '{place} senior lunch program',
    description:
      'Hot lunches served on weekdays at the senior center, with transport for those who need it.',
    eligibility: 'Adults aged 60 and over.',
    minAge: 60,
    hours: 'lunch',
  },
  {
    category: 'food',
    levels: ['county'],
    name: '{place} summer meals for kids',
    description:
      'Free breakfast and lunch for children at schools and libraries during summer break.',
    eligibility: 'Children and teens aged 18 and under.',
    maxAge: 18,
    hours: 'lunch',
  },
  // Housing
  {
    category: 'housing',
    levels: ['state'],
    name: 'Emergency rental assistance',
    description: 'Help with past-due rent and utility bills to prevent eviction.',
    eligibility: 'Renters with low income who are behind on rent.',
    hours: 'weekdays',
  },
  {
    category: 'housing',
    levels: ['county', 'city'],
    name: '{place} homeless shelter intake',
    description: 'Emergency shelter beds and help finding housing. Call first to check for space.',
    eligibility: 'Anyone without a safe place to sleep tonight.',
    hours: 'always',
  },
  {
    category: 'housing',
    levels: ['county'],
    name: '{place} housing choice voucher office',
    description: 'Applications and waitlist updates for housing choice vouchers (Section 8).',
    eligibility: 'Households with income below the local limit.',
    hours: 'weekdays',
  },
  {
    category: 'housing',
    levels: ['city'],
    name: '{place} home repair grants',
    description: 'Grants for urgent home repairs such as roofs, heating and accessibility ramps.',
    eligibility: 'Homeowners with low income living in the city.',
    hours: 'weekdays',
  },
  {
    category: 'housing',
    levels: ['county', 'city'],
    es: true,
    name: 'Asesoría de vivienda de {place}',
    description:
      'Orientación gratuita para inquilinos: contratos de alquiler, depósitos y desalojos.',
    eligibility: 'Inquilinos que viven en la zona.',
    hours: 'evening',
  },
  // Health
  {
    category: 'health',
    levels: ['state'],
    name: 'Medicaid and PeachCare application help',
    description: 'Help applying for health coverage for adults, children and pregnant people.',
    eligibility: 'Residents with low income; children in families with higher incomes may qualify.',
    hours: 'weekdays',
  },
  {
    category: 'health',
    levels: ['county'],
    name: '{place} public health clinic',
    description: 'Vaccines, health screenings, family planning and testing on a sliding fee scale.',
    eligibility: 'Anyone; fees depend on income.',
    hours: 'weekdays',
  },
  {
    category: 'health',
    levels: ['county', 'city'],
    es: true,
    name: 'Clínica de salud familiar de {place}',
    description:
      'Consultas médicas, vacunas y exámenes para toda la familia, con personal que habla español.',
    eligibility: 'Todas las personas; el costo depende de los ingresos.',
    hours: 'saturday',
  },
  {
    category: 'health',
    levels: ['state'],
    name: 'Crisis and mental health line',
    description: 'Talk or text with a trained counselor any time, day or night.',
    eligibility: 'Anyone in emotional distress or crisis.',
    hours: 'always',
  },
  {
    category: 'health',
    levels: ['city'],
    name: '{place} youth counseling',
    description: 'Free short-term counseling for young people and their families.',
    eligibility: 'Young people aged 12 to 24.',
    minAge: 12,
    maxAge: 24,
    hours: 'evening',
  },
  // Utilities
  {
    category: 'utilities',
    levels: ['state'],
    name: 'Home energy assistance (LIHEAP)',
    description:
      'Help paying heating and cooling bills, with priority for older adults and people with disabilities.',
    eligibility: 'Households with low income.',
    hours: 'weekdays',
  },
  {
    category: 'utilities',
    levels: ['county'],
    name: '{place} water bill assistance',
    description: 'One-time help with past-due water and sewer bills.',
    eligibility: 'Customers with low income who have a shutoff notice.',
    hours: 'weekdays',
  },
  {
    category: 'utilities',
    levels: ['city'],
    name: '{place} weatherization program',
    description: 'Free insulation, sealing and efficiency upgrades that lower energy bills.',
    eligibility: 'Homeowners and renters with low income.',
    hours: 'weekdays',
  },
  {
    category: 'utilities',
    levels: ['county', 'city'],
    es: true,
    name: 'Ayuda con facturas de servicios en {place}',
    description: 'Ayuda para pagar facturas de luz, gas y agua atrasadas.',
    eligibility: 'Hogares con bajos ingresos.',
    hours: 'weekdays',
  },
  // Legal
  {
    category: 'legal',
    levels: ['state'],
    name: 'Statewide legal aid hotline',
    description: 'Free legal advice on housing, benefits, family and consumer problems.',
    eligibility: 'People with low income; older adults regardless of income.',
    hours: 'weekdays',
  },
  {
    category: 'legal',
    levels: ['county'],
    name: '{place} eviction defense clinic',
    description: 'Free help from a lawyer for tenants facing eviction, including at court.',
    eligibility: 'Tenants with a court date or eviction notice.',
    hours: 'weekdays',
  },
  {
    category: 'legal',
    levels: ['county', 'city'],
    es: true,
    name: 'Clínica legal gratuita de {place}',
    description: 'Consultas legales gratis en español sobre inmigración, trabajo y familia.',
    eligibility: 'Personas con bajos ingresos.',
    hours: 'evening',
  },
  {
    category: 'legal',
    levels: ['city'],
    name: '{place} municipal court help desk',
    description: 'Help with tickets, payment plans and court dates at the municipal court.',
    eligibility: 'Anyone with a municipal court case.',
    hours: 'weekdays',
  },
  // Transport
  {
    category: 'transport',
    levels: ['state'],
    name: 'Medicaid rides to medical appointments',
    description: 'Free rides to medical appointments for Medicaid members. Book 3 days ahead.',
    eligibility: 'Medicaid members with no other way to get there.',
    hours: 'weekdays',
  },
  {
    category: 'transport',
    levels: ['county'],
    name: '{place} dial-a-ride for older adults',
    description: 'Door-to-door rides for shopping, appointments and errands.',
    eligibility: 'Adults aged 60 and over and people with disabilities.',
    minAge: 60,
    hours: 'weekdays',
  },
  {
    category: 'transport',
    levels: ['city'],
    name: '{place} reduced fare transit pass',
    description: 'Half-price bus passes for residents with low income.',
    eligibility: 'City residents with low income.',
    hours: 'weekdays',
  },
  {
    category: 'transport',
    levels: ['county', 'city'],
    es: true,
    name: 'Transporte comunitario de {place}',
    description: 'Viajes gratuitos a citas médicas y oficinas de gobierno.',
    eligibility: 'Personas mayores y personas con discapacidad.',
    hours: 'weekdays',
  },
];

/** Opening hours by name: HSDS 3.0 schedule fields (freq, byday, opens_at, closes_at). */
export const HOURS = {
  weekdays: [{ freq: 'WEEKLY', byday: 'MO,TU,WE,TH,FR', opens_at: '08:30', closes_at: '17:00' }],
  pantry: [
    { freq: 'WEEKLY', byday: 'TU,TH', opens_at: '10:00', closes_at: '14:00' },
    { freq: 'WEEKLY', byday: 'SA', opens_at: '09:00', closes_at: '12:00' },
  ],
  saturday: [{ freq: 'WEEKLY', byday: 'MO,WE,SA', opens_at: '09:00', closes_at: '15:00' }],
  lunch: [{ freq: 'WEEKLY', byday: 'MO,TU,WE,TH,FR', opens_at: '11:00', closes_at: '13:30' }],
  evening: [{ freq: 'WEEKLY', byday: 'TU,TH', opens_at: '17:00', closes_at: '20:00' }],
  always: [
    { freq: 'WEEKLY', byday: 'SU,MO,TU,WE,TH,FR,SA', opens_at: '00:00', closes_at: '23:59' },
  ],
};

/** Organizations, one per jurisdiction and category group. */
export const ORGANIZATION_NAMES = {
  state: { en: '{place} Department of Human Services', es: 'Red Hispana de Servicios de {place}' },
  county: { en: '{place} Community Services', es: 'Centro Latino de {place}' },
  city: { en: '{place} Neighborhood Services', es: 'Alianza Comunitaria de {place}' },
};

export const EXAMPLE_NOTE = {
  en: 'Example data: this service is made up.',
  es: 'Datos de ejemplo: este servicio es ficticio.',
};

/**
 * States, the District of Columbia and the inhabited territories: the jurisdictions a ZIP code
 * can resolve to. USPS codes, two-digit state FIPS codes and names (Census names).
 *
 * The military "states" AA, AE and AP are USPS routing codes for APO/FPO/DPO mail, not places with
 * counties: they are not in this list, {@link getState} returns undefined for them, and
 * {@link isMilitaryPostalCode} names them so a form can say why.
 */
export type JurisdictionKind = 'state' | 'district' | 'territory';

export interface State {
  /** USPS code, such as `GA`: the `state` of a jurisdiction value. */
  readonly code: string;
  /** Two-digit state FIPS code, such as `13`: the first two digits of its counties' FIPS codes. */
  readonly fips: string;
  readonly name: string;
  readonly kind: JurisdictionKind;
}

// code, FIPS, name; the District and the territories are marked after the table.
const TABLE =
  'AL01Alabama|AK02Alaska|AZ04Arizona|AR05Arkansas|CA06California|CO08Colorado|CT09Connecticut|' +
  'DE10Delaware|DC11District of Columbia|FL12Florida|GA13Georgia|HI15Hawaii|ID16Idaho|' +
  'IL17Illinois|IN18Indiana|IA19Iowa|KS20Kansas|KY21Kentucky|LA22Louisiana|ME23Maine|' +
  'MD24Maryland|MA25Massachusetts|MI26Michigan|MN27Minnesota|MS28Mississippi|MO29Missouri|' +
  'MT30Montana|NE31Nebraska|NV32Nevada|NH33New Hampshire|NJ34New Jersey|NM35New Mexico|' +
  'NY36New York|NC37North Carolina|ND38North Dakota|OH39Ohio|OK40Oklahoma|OR41Oregon|' +
  'PA42Pennsylvania|RI44Rhode Island|SC45South Carolina|SD46South Dakota|TN47Tennessee|' +
  'TX48Texas|UT49Utah|VT50Vermont|VA51Virginia|WA53Washington|WV54West Virginia|' +
  'WI55Wisconsin|WY56Wyoming|AS60American Samoa|GU66Guam|MP69Northern Mariana Islands|' +
  'PR72Puerto Rico|VI78U.S. Virgin Islands';

const TERRITORIES = new Set(['AS', 'GU', 'MP', 'PR', 'VI']);

/** Every state, DC and territory, in FIPS order. */
export const STATES: readonly State[] = Object.freeze(
  TABLE.split('|').map((entry) => {
    const code = entry.slice(0, 2);
    const kind: JurisdictionKind =
      code === 'DC' ? 'district' : TERRITORIES.has(code) ? 'territory' : 'state';
    return Object.freeze({ code, fips: entry.slice(2, 4), name: entry.slice(4), kind });
  }),
);

const BY_CODE = new Map(STATES.map((state) => [state.code, state]));
const BY_FIPS = new Map(STATES.map((state) => [state.fips, state]));

/** USPS codes for military mail (Armed Forces Americas, Europe, Pacific): not jurisdictions. */
export const MILITARY_POSTAL_CODES: readonly string[] = Object.freeze(['AA', 'AE', 'AP']);

/** The state, DC or territory with this USPS code (case-sensitive, `GA`), or undefined. */
export function getState(code: string): State | undefined {
  return BY_CODE.get(code);
}

/** The state, DC or territory with this two-digit FIPS code (`13`), or undefined. */
export function getStateByFips(fips: string): State | undefined {
  return BY_FIPS.get(fips);
}

export function isMilitaryPostalCode(code: string): boolean {
  return MILITARY_POSTAL_CODES.includes(code);
}

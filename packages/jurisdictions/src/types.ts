/**
 * The value a jurisdiction picker gives and the eligibility engine's `jurisdiction` fact reads:
 * USPS state code, 5-digit county FIPS code, and a city name when one is known.
 */
export interface Jurisdiction {
  state: string;
  county: string;
  city?: string;
}

/** A county or county equivalent (parish, borough, census area, planning region, municipio…). */
export interface County {
  /** 5-digit FIPS code: state FIPS + county FIPS, such as `13121`. */
  readonly fips: string;
  /** USPS code of its state, DC or territory, such as `GA`. */
  readonly state: string;
  /** Short name, such as `Fulton`, `Orleans`, `Richmond` (as residents say it). */
  readonly name: string;
  /** Full Census name, such as `Fulton County`, `Orleans Parish`, `Richmond city`. */
  readonly fullName: string;
}

/** A county a ZIP code reaches into, with its share of the ZIP code (0 to 1). */
export interface CountyShare extends County {
  /** Share of the ZIP code in this county, 0 to 1: population share or land share, see README. */
  readonly share: number;
}

/** What is known about one ZIP code. */
export type ZipLookup =
  | {
      readonly found: true;
      readonly zip: string;
      /** Every county the ZIP code reaches, largest share first (ties by FIPS). Never empty. */
      readonly counties: readonly CountyShare[];
      /** The states of those counties, in the same order, each once (a border ZIP has two). */
      readonly states: readonly string[];
    }
  | {
      readonly found: false;
      readonly zip: string;
      /**
       * `military`: an APO/FPO/DPO ZIP code (AA, AE, AP), which has no county.
       * `not-in-data`: not a ZIP Code Tabulation Area in the data, e.g. a PO-box-only or
       * single-organization ZIP code, or one that does not exist: ask for the state and county.
       */
      readonly reason: 'military' | 'not-in-data';
    };

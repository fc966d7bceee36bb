import type { Coordinates, ResidentJurisdiction } from '@plaza/directory';
import { JurisdictionData } from '@plaza/jurisdictions';

/**
 * The centre of the ZIP code the place control was given (a `<plaza-jurisdiction-picker>`: its
 * `zip` and `data`), when that ZIP code includes the chosen county; loaded on the device.
 */
export async function zipCentroid(
  control: { zip?: unknown; data?: unknown },
  place: ResidentJurisdiction | undefined,
): Promise<Coordinates | undefined> {
  const { zip, data } = control;
  if (!place || typeof zip !== 'string' || !zip.trim() || !(data instanceof JurisdictionData)) {
    return undefined;
  }
  try {
    // A ZIP code left in the field after choosing another county from the lists does not count.
    const lookup = await data.findZip(zip);
    if (!lookup.found || !lookup.counties.some((county) => county.fips === place.county)) {
      return undefined;
    }
    return await data.findCentroid(zip);
  } catch {
    return undefined; // not a ZIP code, or data that could not load: no distances, no harm
  }
}

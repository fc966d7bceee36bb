import type { Coordinates } from './types.js';

const EARTH_RADIUS_MILES = 3958.8;
const toRadians = (degrees: number): number => (degrees * Math.PI) / 180;

/** Great-circle distance in miles (haversine): computed on the device, nothing is sent anywhere. */
export function distanceMiles(from: Coordinates, to: Coordinates): number {
  const dLat = toRadians(to.latitude - from.latitude);
  const dLon = toRadians(to.longitude - from.longitude);
  const a =
    Math.sin(dLat / 2) ** 2 +
    Math.cos(toRadians(from.latitude)) * Math.cos(toRadians(to.latitude)) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_MILES * Math.asin(Math.min(1, Math.sqrt(a)));
}

/** True for a real latitude/longitude pair (finite, in range). */
export function isCoordinates(value: Partial<Coordinates> | undefined): value is Coordinates {
  return (
    value !== undefined &&
    Number.isFinite(value.latitude) &&
    Number.isFinite(value.longitude) &&
    Math.abs(value.latitude!) <= 90 &&
    Math.abs(value.longitude!) <= 180
  );
}

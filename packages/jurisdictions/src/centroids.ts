/**
 * ZIP code centroids: the point a distance is measured from when a resident gives only a ZIP code
 * ("2.3 miles"), kept apart from the county chunks so a lookup without distances never loads them.
 *
 * Centroid chunk `centroid/30` (every ZIP code starting 30): line 1 `pj1`, then one ZIP code a
 * line: its last three digits, a space, latitude and longitude in hundredths of a degree (about
 * 0.7 miles), each as the difference from the line before (the first from 0), so that
 * neighbouring ZIP codes, which lie close together, cost a few characters each.
 */
import { JurisdictionDataError } from './errors.js';
import { FORMAT_VERSION, MAX_CHUNK_LENGTH } from './format.js';

/** A point on the earth, as @plaza/directory's `origin` takes it. */
export interface Centroid {
  readonly latitude: number;
  readonly longitude: number;
}

/** Centroids are stored in hundredths of a degree. */
export const CENTROID_SCALE = 100;

/** Writes a centroid chunk; `zips` maps each 5-digit ZIP code of one prefix to its centroid, in order. */
export function encodeCentroidChunk(zips: ReadonlyMap<string, Centroid>): string {
  const lines = [FORMAT_VERSION];
  let [lat, lon] = [0, 0];
  for (const [zip, { latitude, longitude }] of zips) {
    const [nextLat, nextLon] = [latitude, longitude].map((d) => Math.round(d * CENTROID_SCALE));
    lines.push(`${zip.slice(2)} ${nextLat! - lat} ${nextLon! - lon}`);
    [lat, lon] = [nextLat!, nextLon!];
  }
  return lines.join('\n');
}

/** Reads a centroid chunk (`centroid/30`), checking each line and that every point is on the earth. */
export function decodeCentroidChunk(chunk: string, text: unknown): ReadonlyMap<string, Centroid> {
  if (typeof text !== 'string') throw new JurisdictionDataError(chunk, 'chunk is not text');
  if (text.length > MAX_CHUNK_LENGTH) {
    throw new JurisdictionDataError(chunk, `chunk is over the limit of ${MAX_CHUNK_LENGTH}`);
  }
  const lines = text.split('\n');
  const prefix = chunk.slice('centroid/'.length);
  if (lines[0] !== FORMAT_VERSION || !/^\d\d$/.test(prefix)) {
    throw new JurisdictionDataError(chunk, `line 1: expected format ${FORMAT_VERSION}`);
  }
  const zips = new Map<string, Centroid>();
  let [lat, lon] = [0, 0];
  for (let at = 1; at < lines.length; at++) {
    const match = /^(\d{3}) (-?\d+) (-?\d+)$/.exec(lines[at]!);
    lat += Number(match?.[2]);
    lon += Number(match?.[3]);
    const latitude = lat / CENTROID_SCALE;
    const longitude = lon / CENTROID_SCALE;
    if (!match || Math.abs(latitude) > 90 || Math.abs(longitude) > 180) {
      throw new JurisdictionDataError(chunk, `line ${at + 1}: expected a ZIP code and a point`);
    }
    zips.set(prefix + match[1]!, Object.freeze({ latitude, longitude }));
  }
  return zips;
}

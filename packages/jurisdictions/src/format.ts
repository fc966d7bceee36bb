/**
 * The text formats of the data chunks, written by scripts/build-data.mjs and read at run time.
 * Short, repetitive text so brotli does well; each is read in one linear pass and checked.
 *
 * State chunk `state/GA`: line 1 `pj1`, then one county a line: 5-digit FIPS, short name, a tab,
 * and the index of its suffix in SUFFIXES (`13121Fulton\t1` is Fulton County), or a second tab
 * and the whole full name.
 *
 * ZIP chunk `zip/30` (every ZIP code starting 30): line 1 `pj1`, line 2 the FIPS codes of the
 * counties it uses, space-separated; then one ZIP code a line: its last three digits, a space,
 * the index of its largest county, then ` index:share` for each other county, shares in per mille
 * (the largest county has the rest of 1000).
 */
import { JurisdictionDataError } from './errors.js';
import { getStateByFips } from './states.js';
import type { County } from './types.js';

export const FORMAT_VERSION = 'pj1';

/** Longest chunk text accepted (characters); the largest shipped chunk is far below it. */
export const MAX_CHUNK_LENGTH = 262_144;

/** Shares are whole per-mille numbers: 0.1 % precision. */
export const SHARE_SCALE = 1000;

/** Suffixes that make full Census names from short ones; index 0 means "no suffix". */
export const SUFFIXES: readonly string[] = [
  '',
  ' County',
  ' Parish',
  ' Borough',
  ' Census Area',
  ' City and Borough',
  ' Municipality',
  ' Municipio',
  ' city',
  ' Planning Region',
  ' District',
  ' Island',
];

/** A ZIP code's counties as FIPS and per-mille share, largest first. */
export type ZipParts = readonly (readonly [fips: string, share: number])[];

/** Writes a set of 2-digit ZIP prefixes as runs: `00-09 10 12-14`. */
export function encodePrefixes(prefixes: Iterable<string>): string {
  const sorted = [...new Set(prefixes)].map(Number).sort((a, b) => a - b);
  const runs: string[] = [];
  const pad = (n: number) => String(n).padStart(2, '0');
  for (let i = 0; i < sorted.length; i++) {
    const start = sorted[i]!;
    while (sorted[i + 1] === sorted[i]! + 1) i++;
    runs.push(start === sorted[i] ? pad(start) : `${pad(start)}-${pad(sorted[i]!)}`);
  }
  return runs.join(' ');
}

/** Reads {@link encodePrefixes}' text back into a set. */
export function decodePrefixes(text: string): ReadonlySet<string> {
  const prefixes = new Set<string>();
  for (const run of text.split(' ')) {
    const [start, end = start] = run.split('-').map(Number) as [number, number?];
    for (let n = start; n <= end; n++) prefixes.add(String(n).padStart(2, '0'));
  }
  return prefixes;
}

export function encodeStateChunk(counties: readonly County[]): string {
  const lines = [FORMAT_VERSION];
  for (const county of counties) {
    if (/[\t\n]/.test(county.fullName)) throw new Error(`${county.fips}: tab or newline in name`);
    const suffix = SUFFIXES.findIndex((s) => county.name + s === county.fullName);
    lines.push(`${county.fips}${county.name}\t${suffix >= 0 ? suffix : `\t${county.fullName}`}`);
  }
  return lines.join('\n');
}

/** Writes a ZIP chunk; `zips` maps each 5-digit ZIP code to its parts, largest share first. */
export function encodeZipChunk(zips: ReadonlyMap<string, ZipParts>): string {
  const used = [...new Set([...zips.values()].flatMap((parts) => parts.map(([f]) => f)))].sort();
  const index = new Map(used.map((fips, i) => [fips, i]));
  const lines = [FORMAT_VERSION, used.join(' ')];
  for (const [zip, parts] of zips) {
    const rest = parts.slice(1).map(([fips, share]) => ` ${index.get(fips)}:${share}`);
    lines.push(`${zip.slice(2)} ${index.get(parts[0]![0])}${rest.join('')}`);
  }
  return lines.join('\n');
}

function checkText(chunk: string, text: unknown): string[] {
  if (typeof text !== 'string') throw new JurisdictionDataError(chunk, 'chunk is not text');
  if (text.length > MAX_CHUNK_LENGTH) {
    throw new JurisdictionDataError(
      chunk,
      `chunk is ${text.length} characters, over the limit of ${MAX_CHUNK_LENGTH}`,
    );
  }
  const lines = text.split('\n');
  if (lines[0] !== FORMAT_VERSION) fail(chunk, 0, `expected format ${FORMAT_VERSION}`);
  return lines;
}

function fail(chunk: string, line: number, message: string): never {
  throw new JurisdictionDataError(chunk, `line ${line + 1}: ${message}`);
}

/** Reads a state chunk (`state/GA`): its counties in FIPS order. */
export function decodeStateChunk(chunk: string, text: unknown): readonly County[] {
  const lines = checkText(chunk, text);
  const counties = lines.slice(1).map((line, i) => {
    const match = /^(\d\d)(\d{3})([^\t]+)\t(?:(\d+)|\t([^\t]+))$/.exec(line);
    const state = match && getStateByFips(match[1]!);
    if (!match || !state) return fail(chunk, i + 1, 'expected a county: FIPS, name, tab, suffix');
    const suffix = match[4] === undefined ? undefined : SUFFIXES[Number(match[4])];
    if (match[4] !== undefined && suffix === undefined) fail(chunk, i + 1, 'unknown suffix');
    const name = match[3]!;
    const fullName = suffix === undefined ? match[5]! : name + suffix;
    return Object.freeze({ fips: match[1]! + match[2]!, state: state.code, name, fullName });
  });
  return Object.freeze(counties);
}

/** Reads a ZIP chunk (`zip/30`): each ZIP code's county FIPS and per-mille shares, largest first. */
export function decodeZipChunk(chunk: string, text: unknown): ReadonlyMap<string, ZipParts> {
  const lines = checkText(chunk, text);
  const prefix = chunk.slice(4);
  const fipsList = (lines[1] ?? '').split(' ');
  if (!/^\d\d$/.test(prefix) || fipsList.some((fips) => !/^\d{5}$/.test(fips))) {
    fail(chunk, 1, 'expected the county FIPS codes');
  }
  const zips = new Map<string, ZipParts>();
  for (let at = 2; at < lines.length; at++) {
    const match = /^(\d{3}) (\d+)((?: \d+:\d+)*)$/.exec(lines[at]!);
    if (!match) return fail(chunk, at, 'expected a ZIP code line');
    const zip = prefix + match[1]!;
    if (zips.has(zip)) fail(chunk, at, `ZIP code ${zip} appears twice`);
    const fipsAt = (i: number) => fipsList[i] ?? fail(chunk, at, `no county ${i}`);
    const others = match[3]!
      .trim()
      .split(' ')
      .filter(Boolean)
      .map((pair) => pair.split(':').map(Number) as [number, number])
      .map(([i, share]) => [fipsAt(i), share] as const);
    const largest = SHARE_SCALE - others.reduce((sum, [, share]) => sum + share, 0);
    if (largest < 0) fail(chunk, at, `shares add up to more than ${SHARE_SCALE}`);
    const parts = [[fipsAt(Number(match[2])), largest] as const, ...others].sort(
      (a, b) => b[1] - a[1] || a[0].localeCompare(b[0]),
    );
    zips.set(zip, Object.freeze(parts));
  }
  return zips;
}

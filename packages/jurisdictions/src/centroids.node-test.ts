// Node tests of ZIP code centroids: the shipped data, the chunk format and its checks.
import assert from 'node:assert/strict';
import { decodeCentroidChunk, encodeCentroidChunk } from './centroids.js';
import { DATASET } from './dataset.js';
import { JurisdictionData, jurisdictions } from './index.js';

const near = (
  actual: { latitude: number; longitude: number } | undefined,
  lat: number,
  lon: number,
) => {
  assert.ok(actual, 'a centroid');
  assert.ok(
    Math.abs(actual.latitude - lat) <= 0.005 && Math.abs(actual.longitude - lon) <= 0.005,
    `${JSON.stringify(actual)} is not at ${lat}, ${lon}`,
  );
};

describe('ZIP code centroids', () => {
  it('gives the shipped centroid of a ZIP code, a territory and a border ZIP code', async () => {
    near(await jurisdictions.findCentroid('30534'), 34.43, -84.14); // SimpleMaps: 34.43085, -84.1439
    near(await jurisdictions.findCentroid('30534-1234'), 34.43, -84.14);
    const puertoRico = await jurisdictions.findCentroid('00601');
    assert.ok(puertoRico && puertoRico.latitude > 17 && puertoRico.latitude < 19);
    const fortCampbell = await jurisdictions.findCentroid('42223');
    assert.ok(fortCampbell && Math.abs(fortCampbell.latitude - 36.6) < 0.3);
  });

  it('has none for military mail or a ZIP code not in the data', async () => {
    assert.equal(await jurisdictions.findCentroid('09001'), undefined);
    assert.equal(await jurisdictions.findCentroid('30000'), undefined);
  });

  it('reads what it writes, to a hundredth of a degree, west and south included', () => {
    const points = new Map([
      ['96799', { latitude: -14.27, longitude: -170.7 }], // American Samoa
      ['96801', { latitude: 21.3069, longitude: -157.8583 }],
      ['96950', { latitude: 15.18, longitude: 145.75 }], // Northern Mariana Islands
    ]);
    const decoded = decodeCentroidChunk('centroid/96', encodeCentroidChunk(points));
    assert.deepEqual([...decoded.keys()], [...points.keys()]);
    near(decoded.get('96801'), 21.31, -157.86);
    near(decoded.get('96799'), -14.27, -170.7);
    near(decoded.get('96950'), 15.18, 145.75);
  });

  it('names the chunk and line of a bad chunk, and a point off the earth', () => {
    assert.throws(() => decodeCentroidChunk('centroid/30', 'pj9\n534 1 1'), /centroid\/30: line 1/);
    assert.throws(() => decodeCentroidChunk('centroid/30', 'pj1\n534 3443 x'), /line 2/);
    assert.throws(() => decodeCentroidChunk('centroid/30', 'pj1\n534 9100 0'), /line 2/);
    assert.throws(() => decodeCentroidChunk('centroid/30', 42), /not text/);
  });

  it('loads nothing for data without centroids (a rebuild from the Census file)', async () => {
    const asked: string[] = [];
    const census = new JurisdictionData(
      async (chunk) => {
        asked.push(chunk);
        return '';
      },
      { ...DATASET, centroids: false },
    );
    assert.equal(await census.findCentroid('30534'), undefined);
    assert.deepEqual(asked, []);
  });
});

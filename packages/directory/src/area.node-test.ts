import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { areaUri, coversJurisdiction, parseAreaUri, runningArea } from './area.js';

describe('service area URIs', () => {
  it('reads state, county and city areas, and writes them back', () => {
    assert.deepEqual(parseAreaUri('urn:plaza:jurisdiction:state:ga'), {
      level: 'state',
      code: 'GA',
    });
    assert.deepEqual(parseAreaUri('urn:plaza:jurisdiction:county:13121'), {
      level: 'county',
      code: '13121',
    });
    const city = parseAreaUri('urn:plaza:jurisdiction:city:GA:Johns%20Creek');
    assert.deepEqual(city, { level: 'city', code: 'Johns Creek', state: 'GA' });
    assert.equal(areaUri(city!), 'urn:plaza:jurisdiction:city:GA:Johns%20Creek');
  });

  it('refuses anything else', () => {
    for (const uri of [
      'https://example.org/area/13121',
      'urn:plaza:jurisdiction:county:1312',
      'urn:plaza:jurisdiction:state:GEO',
      'urn:plaza:jurisdiction:city:Johns%20Creek',
      'urn:plaza:jurisdiction:city:GA:%E0%A4%A',
      'urn:plaza:jurisdiction:planet:earth',
    ]) {
      assert.equal(parseAreaUri(uri), undefined, uri);
    }
  });

  it('matches a city only in its own state, ignoring case', () => {
    const areas = [
      { level: 'city' as const, code: 'Columbus', state: 'OH', name: 'City of Columbus' },
    ];
    assert.equal(
      coversJurisdiction(areas, { state: 'oh', county: '39049', city: 'columbus' }),
      true,
    );
    assert.equal(
      coversJurisdiction(areas, { state: 'GA', county: '13215', city: 'Columbus' }),
      false,
    );
    assert.equal(coversJurisdiction([], { state: 'GA' }), true, 'no area: serves everyone');
  });

  it('says the broadest area runs a service', () => {
    const county = { level: 'county' as const, code: '13121', name: 'Fulton County' };
    const state = { level: 'state' as const, code: 'GA', name: 'State of Georgia' };
    assert.equal(runningArea([county, state]), state);
    assert.equal(runningArea([]), undefined);
  });
});

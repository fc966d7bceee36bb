import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { compileDirectory } from './compiled.js';
import { EmbeddedSource } from './embedded-source.js';
import { DirectoryDataError } from './errors.js';
import examples from '../examples/directory.json';
import { JOHNS_CREEK, TIME_ZONE } from '../test/fixtures.js';

const { json } = compileDirectory(examples);

describe('compileDirectory', () => {
  it('answers exactly as the HSDS file it was compiled from', async () => {
    const fromHsds = new EmbeddedSource(examples, { timeZone: TIME_ZONE });
    const compiled = new EmbeddedSource(json, { timeZone: TIME_ZONE });
    // As JSON: the reader's fields set to undefined are simply absent from the compiled file.
    const same = (a: unknown, b: unknown) => assert.equal(JSON.stringify(a), JSON.stringify(b));
    same(compiled.services, fromHsds.services);
    for (const query of [
      { text: 'food' },
      { jurisdiction: JOHNS_CREEK, languages: ['es'] },
      { origin: { latitude: 34.02, longitude: -84.2 }, perPage: 100 },
    ]) {
      same(await compiled.search(query), await fromHsds.search(query));
    }
  });

  it('is smaller than the HSDS file', () => {
    assert.ok(json.length < JSON.stringify(examples).length * 0.75);
  });

  it('refuses an edited file with a link that is not http(s), naming the path', () => {
    const data = JSON.parse(json) as { services: { url?: string }[] };
    data.services[3]!.url = 'javascript:alert(1)';
    assert.throws(
      () => new EmbeddedSource(JSON.stringify(data), { timeZone: TIME_ZONE }),
      (error: unknown) =>
        error instanceof DirectoryDataError && error.issues[0]!.path === '$.services[3].url',
    );
  });
});

import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { ApiSource } from './api-source.js';
import { EmbeddedSource } from './embedded-source.js';
import { DirectoryApiError } from './errors.js';
import examples from '../examples/directory.json';
import { hsdsApiResponse } from '../test/hsds-api.mjs';
import { JOHNS_CREEK, TIME_ZONE } from '../test/fixtures.js';

describe('ApiSource against a local HSDS API server', () => {
  let server: Server;
  let baseUrl: string;
  const requests: string[] = [];

  before(async () => {
    server = createServer((request, response) => {
      requests.push(request.url!);
      if (request.url!.startsWith('/broken')) {
        response.writeHead(200, { 'content-type': 'application/json' }).end('{"nope":1}');
        return;
      }
      const answer = hsdsApiResponse(request.url!, examples);
      response.writeHead(answer?.status ?? 404, { 'content-type': 'application/json' });
      response.end(JSON.stringify(answer?.body ?? { error: 'not found' }));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  after(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('answers the same filters as the embedded source, sending only what the resident chose', async () => {
    const api = new ApiSource({ baseUrl, timeZone: TIME_ZONE, perPage: 50 });
    const embedded = new EmbeddedSource(examples, { timeZone: TIME_ZONE });
    const query = {
      categories: ['tax-food'],
      jurisdiction: JOHNS_CREEK,
      languages: ['es'],
      age: 30,
      perPage: 100,
    };
    requests.length = 0;
    const remote = await api.search(query);
    const local = await embedded.search(query);
    assert.ok(remote.total > 0);
    assert.deepEqual(
      remote.items.map((item) => item.service.id).sort(),
      local.items.map((item) => item.service.id).sort(),
    );
    assert.ok(requests.length >= 1);
    for (const url of requests) {
      const params = new URL(url, baseUrl).searchParams;
      assert.deepEqual([...params.keys()].sort(), ['full', 'page', 'per_page', 'taxonomy_term_id']);
      assert.doesNotMatch(url, /13121|johns|30097|=GA\b|=es\b|=30\b|language|[?&]age=/i);
    }
  });

  it('sends the words typed as search=, pages through the API, and caches', async () => {
    const api = new ApiSource({ baseUrl, timeZone: TIME_ZONE, perPage: 5 });
    requests.length = 0;
    const page = await api.search({ text: 'pantry', perPage: 3 });
    assert.ok(page.total > 5, 'more results than one API page');
    assert.ok(
      requests.every((url) => new URL(url, baseUrl).searchParams.get('search') === 'pantry'),
    );
    assert.equal(requests.length, Math.ceil(page.total / 5));
    const before = requests.length;
    await api.search({ text: 'pantry', page: 2, perPage: 3, openNow: true });
    assert.equal(
      requests.length,
      before,
      'a new page or filter of the same search reuses what was fetched',
    );
  });

  it('gets one service and the category list', async () => {
    const api = new ApiSource({ baseUrl, timeZone: TIME_ZONE });
    const service = await api.get(examples[0]!.id);
    assert.equal(service?.name, examples[0]!.name);
    assert.equal(await api.get('no-such-service'), undefined);
    const categories = await api.categories();
    assert.deepEqual(categories.map((c) => c.id).sort(), [
      'tax-food',
      'tax-health',
      'tax-housing',
      'tax-legal',
      'tax-transport',
      'tax-utilities',
    ]);
  });

  it('reports an API that does not answer with a page, or not at all', async () => {
    await assert.rejects(
      new ApiSource({ baseUrl: `${baseUrl}/broken`, timeZone: TIME_ZONE }).search({}),
      DirectoryApiError,
    );
    await assert.rejects(
      new ApiSource({ baseUrl: 'http://127.0.0.1:9', timeZone: TIME_ZONE }).search({}),
      DirectoryApiError,
    );
  });
});

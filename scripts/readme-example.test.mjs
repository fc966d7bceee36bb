// The README's plain-HTML example must work as written (issue 14): this loads it in Chromium,
// served as an agency would serve it from the folder Plaza was installed into (here the repo root,
// whose node_modules/@plaza/* link to the built packages), and uses the form as a resident would.
// Needs the build (dist/cdn/plaza.js): run `npm run build` first; `npm test` does.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { dirname, extname, join, resolve, sep } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { chromiumLaunchOptions } from './lib/chromium.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const MARKER = 'scripts/readme-example.test.mjs';
const TIMEOUT_MS = 120_000;

/** The first ```html block after the marker comment in README.md. */
export function readmeExample(readme = readFileSync(join(root, 'README.md'), 'utf8')) {
  const from = readme.indexOf(MARKER);
  assert.ok(from >= 0, `README.md has no ${MARKER} marker before its plain-HTML example`);
  const block = /```html\n([\s\S]*?)\n```/.exec(readme.slice(from));
  assert.ok(block, 'no ```html block after the marker');
  return block[1];
}

const TYPES = { '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json' };

describe('the README plain-HTML example', { timeout: TIMEOUT_MS * 2 }, () => {
  let server;
  let origin;
  let browser;
  const posts = [];

  before(async () => {
    const cdn = join(root, 'packages/components/dist/cdn/plaza.js');
    assert.ok(existsSync(cdn), `${cdn} is missing: run npm run build first`);
    const html = readmeExample();
    server = createServer((req, res) => {
      const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
      if (req.method === 'POST') {
        let body = '';
        req.on('data', (chunk) => (body += chunk));
        req.on('end', () => {
          posts.push({ path, body });
          res.writeHead(200, { 'content-type': 'text/plain' }).end('received');
        });
        return;
      }
      // Chromium asks for /favicon.ico by itself; the example names none.
      if (path === '/favicon.ico') {
        res.writeHead(204).end();
        return;
      }
      if (path === '/') {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
        return;
      }
      const file = resolve(join(root, path));
      if (!file.startsWith(root + sep) || !existsSync(file)) {
        res.writeHead(404).end();
        return;
      }
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
      res.end(readFileSync(file));
    });
    await new Promise((done) => server.listen(0, '127.0.0.1', done));
    origin = `http://127.0.0.1:${server.address().port}`;
    browser = await puppeteer.launch(chromiumLaunchOptions({ protocolTimeout: TIMEOUT_MS }));
  });

  after(async () => {
    await browser?.close();
    server?.close();
  });

  it('loads every file it names, styles the page and blocks, then sends, the form', async () => {
    const page = await browser.newPage();
    page.setDefaultTimeout(TIMEOUT_MS);
    const problems = [];
    page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
    page.on('pageerror', (e) => problems.push(e.message));
    page.on('response', (r) => r.status() >= 400 && problems.push(`${r.status()} ${r.url()}`));
    await page.goto(`${origin}/`, { waitUntil: 'load' });
    await page.waitForFunction(() =>
      ['plaza-text-field', 'plaza-button'].every((tag) => customElements.get(tag)),
    );
    assert.deepEqual(problems, []);

    const font = await page.evaluate(() => getComputedStyle(document.body).fontFamily);
    assert.doesNotMatch(font, /^"?Times New Roman/, 'page.css sets the body type');

    // Continue with nothing entered: the form is not sent and the first field says why.
    await page.click('plaza-button');
    await page.waitForFunction(() =>
      document
        .querySelector('plaza-text-field[name="full-name"]')
        ?.shadowRoot?.textContent?.includes('Enter full name'),
    );
    assert.equal(posts.length, 0);

    await page.click('plaza-text-field[name="full-name"] >>> input');
    await page.keyboard.type('Ana García');
    await page.click('plaza-text-field[name="email"] >>> input');
    await page.keyboard.type('ana@example.com');
    await Promise.all([page.waitForNavigation(), page.click('plaza-button')]);
    assert.deepEqual(posts, [
      { path: '/permit', body: 'full-name=Ana+Garc%C3%ADa&email=ana%40example.com' },
    ]);
  });
});

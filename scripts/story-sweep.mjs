#!/usr/bin/env node
// The story sweep: loads every story of a built Storybook in Chromium and fails on any axe
// violation (WCAG 2.0/2.1/2.2 A and AA, plus best practice), render error, page error or console
// error, on a story whose Plaza elements are not defined (a registration import that a bundler
// dropped leaves an empty, unstyled tag that axe alone would not notice), and on scaffolding: a
// browser-default <button> or text in the browser's default font (lib/story-scaffolding.mjs).
//
// Usage: node scripts/story-sweep.mjs [--dir storybook-static] [--filter <text>]... [--langs en,es]
//   --dir      the built Storybook (default: storybook-static)
//   --filter   only stories whose id contains the text (repeatable)
//   --langs    languages to sweep each story in; default: English, plus every other language the
//              preview's `lang` toolbar offers
// Honours CHROME_PATH (default /usr/bin/chromium). Exits 1 when any story fails.
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { extname, join, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import puppeteer from 'puppeteer-core';
import { AXE_TAGS } from './lib/axe.mjs';
import { BACKGROUND_PAGE_ARGS, chromiumLaunchOptions } from './lib/chromium.mjs';
import { findScaffoldingInPage } from './lib/story-scaffolding.mjs';

const POOL_SIZE = 2;
const STORY_TIMEOUT_MS = 20_000;
const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

/** A tiny static file server for the built Storybook, on 127.0.0.1 and a free port. */
export function serve(dir) {
  const root = resolve(dir);
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    let file = resolve(join(root, path));
    if (file !== root && !file.startsWith(root + sep)) {
      res.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) {
      // Chromium asks for /favicon.ico by itself; Storybook ships favicon.svg.
      res.writeHead(path === '/favicon.ico' ? 204 : 404).end();
      return;
    }
    res.writeHead(200, { 'content-type': MIME[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  return new Promise((done) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
      done({ server, origin: `http://127.0.0.1:${port}` });
    });
  });
}

/** Runs in the story's page: waits for the render to finish and every Lit element to update. */
export async function settleInPage(storyId, timeoutMs) {
  const done = new Set(['completed', 'afterEach', 'finished', 'errored', 'aborted', 'played']);
  const start = performance.now();
  for (;;) {
    const body = document.body.classList;
    const render = window.__STORYBOOK_PREVIEW__?.currentRender;
    const phase = render?.phase;
    const current = render?.id === storyId;
    if (body.contains('sb-show-nopreview')) break;
    if (body.contains('sb-show-errordisplay') && (current || !render)) break;
    if (current && body.contains('sb-show-main') && done.has(phase)) break;
    if (performance.now() - start > timeoutMs) {
      return { timedOut: true, phase: phase ?? null };
    }
    await new Promise((next) => setTimeout(next, 25));
  }
  const all = [];
  const walk = (node) => {
    for (const el of node.querySelectorAll('*')) {
      all.push(el);
      if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  const root = document.querySelector('#storybook-root');
  for (let round = 0; round < 3 && root; round++) {
    all.length = 0;
    walk(root);
    const updates = Promise.all(all.map((el) => el.updateComplete).filter(Boolean));
    const late = new Promise((next) => setTimeout(() => next('late'), 5000));
    if ((await Promise.race([updates, late])) === 'late')
      return { timedOut: true, phase: 'updating' };
  }
  // Let layout and any transitions started by the last update settle (no rAF: it can pause).
  await new Promise((next) => setTimeout(next, 50));
  return { timedOut: false };
}

/** Runs in the story's page: what rendered, and which Plaza tags are not defined. */
function inspectInPage() {
  const body = document.body.classList;
  const errorDisplay = body.contains('sb-show-errordisplay') || body.contains('sb-show-nopreview');
  const error = errorDisplay
    ? [
        document.querySelector('#error-message')?.textContent,
        document.querySelector('#error-stack')?.textContent,
      ]
        .filter(Boolean)
        .join('\n')
        .trim() || 'Storybook showed its error display'
    : null;
  const root = document.querySelector('#storybook-root');
  const tags = new Set();
  const walk = (node) => {
    for (const el of node.querySelectorAll('*')) {
      const tag = el.localName;
      if (tag.startsWith('plaza-')) tags.add(tag);
      if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  if (root) walk(root);
  const component = window.__STORYBOOK_PREVIEW__?.currentRender?.story?.component;
  const globalTypes =
    window.__STORYBOOK_PREVIEW__?.storyStoreValue?.projectAnnotations?.globalTypes ?? {};
  const langs = (globalTypes.lang?.toolbar?.items ?? [])
    .map((item) => (typeof item === 'string' ? item : item?.value))
    .filter((value) => typeof value === 'string');
  return {
    error,
    hasRoot: Boolean(root),
    undefinedTags: [...tags].filter((tag) => !customElements.get(tag)),
    component: typeof component === 'string' ? component : null,
    // A story may add its component later (after a click), but the page must have defined it.
    componentDefined:
      typeof component === 'string' && component.includes('-')
        ? Boolean(customElements.get(component))
        : true,
    langs,
  };
}

/**
 * Pattern stories are whole pages: their axe run covers the document, so the landmark rules
 * (`region`, one `main`, banner at top level) see the skip link, header and footer around the
 * story. Component stories are checked inside #storybook-root only.
 */
export const isWholePage = (storyId) => storyId.startsWith('patterns-');

async function runAxeInPage(tags, wholePage) {
  const context = wholePage ? document : document.querySelector('#storybook-root');
  const result = await window.axe.run(context, {
    runOnly: { type: 'tag', values: tags },
    resultTypes: ['violations'],
  });
  return result.violations.map((violation) => ({
    id: violation.id,
    impact: violation.impact,
    help: violation.help,
    nodes: violation.nodes.map((node) => node.target.flat().join(' >>> ')),
  }));
}

/**
 * Sweeps one story in one language on a page; returns the problems found. The first story of a
 * page (and of each language) loads iframe.html; later ones switch story inside the loaded preview,
 * as the Storybook UI does, which saves reloading the bundle for every story.
 */
async function sweepStory(worker, origin, axeSource, job) {
  const { page, log } = worker;
  const problems = [];
  log.length = 0;
  if (worker.loadedLang === job.lang) {
    await page.evaluate((storyId) => {
      window.__STORYBOOK_ADDONS_CHANNEL__.emit('setCurrentStory', { storyId, viewMode: 'story' });
    }, job.id);
  } else {
    const globals = ['a11y.manual:!true', ...(job.lang ? [`lang:${job.lang}`] : [])].join(';');
    const url = `${origin}/iframe.html?id=${encodeURIComponent(job.id)}&viewMode=story&globals=${globals}`;
    worker.loadedLang = undefined;
    await page.goto(url, { waitUntil: 'load', timeout: STORY_TIMEOUT_MS });
    await page.evaluate(axeSource);
  }
  const settled = await page.evaluate(settleInPage, job.id, STORY_TIMEOUT_MS);
  if (settled.timedOut) problems.push(`render did not finish (phase ${settled.phase})`);
  const seen = await page.evaluate(inspectInPage);
  if (seen.error) problems.push(`render error: ${seen.error.split('\n').slice(0, 4).join(' | ')}`);
  if (!seen.hasRoot) problems.push('no #storybook-root in the page');
  if (seen.undefinedTags.length) {
    problems.push(
      `custom elements not defined (registration import missing or tree-shaken): ${seen.undefinedTags.map((t) => `<${t}>`).join(', ')}`,
    );
  }
  if (!seen.componentDefined) {
    problems.push(`the story's component <${seen.component}> is not defined on the page`);
  }
  if (!seen.error && seen.hasRoot) {
    problems.push(...(await page.evaluate(findScaffoldingInPage)));
    for (const violation of await page.evaluate(runAxeInPage, AXE_TAGS, isWholePage(job.id))) {
      problems.push(
        `axe ${violation.id} (${violation.impact}): ${violation.help}\n        at ${violation.nodes.slice(0, 5).join('\n        at ')}`,
      );
    }
  }
  problems.push(...log);
  // Only a page that rendered cleanly is reused; after any trouble the next story reloads.
  worker.loadedLang = problems.length === 0 && !settled.timedOut ? job.lang : undefined;
  return { problems, langs: seen.langs };
}

function parseOptions(argv) {
  const { values } = parseArgs({
    args: argv,
    options: {
      dir: { type: 'string', default: 'storybook-static' },
      filter: { type: 'string', multiple: true, default: [] },
      langs: { type: 'string' },
    },
  });
  return values;
}

export async function main(argv = process.argv.slice(2)) {
  const options = parseOptions(argv);
  const started = performance.now();
  const indexFile = join(options.dir, 'index.json');
  if (!existsSync(indexFile)) {
    console.error(`story sweep: ${indexFile} not found; build Storybook first (storybook build).`);
    return 1;
  }
  const index = JSON.parse(readFileSync(indexFile, 'utf8'));
  const stories = Object.values(index.entries)
    .filter((entry) => entry.type === 'story')
    .filter(
      (entry) => options.filter.length === 0 || options.filter.some((f) => entry.id.includes(f)),
    )
    .map((entry) => entry.id)
    .sort();
  if (stories.length === 0) {
    console.error('story sweep: no stories found.');
    return 1;
  }

  const require = createRequire(import.meta.url);
  const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
  const { server, origin } = await serve(options.dir);
  // Two pages run side by side: keep the background one's timers and frames running.
  const browser = await puppeteer.launch(
    chromiumLaunchOptions({ args: BACKGROUND_PAGE_ARGS, protocolTimeout: STORY_TIMEOUT_MS * 3 }),
  );

  const results = [];
  let langs = options.langs ? options.langs.split(',').filter(Boolean) : null;
  try {
    const pages = await Promise.all(
      Array.from({ length: Math.min(POOL_SIZE, stories.length) }, async () => {
        const page = await browser.newPage();
        await page.setViewport({ width: 1024, height: 768 });
        const log = [];
        page.on('console', (message) => {
          if (message.type() === 'error') log.push(`console error: ${message.text()}`);
        });
        page.on('pageerror', (error) => log.push(`page error: ${error.message ?? error}`));
        page.on('requestfailed', (request) =>
          log.push(`request failed: ${request.url()} (${request.failure()?.errorText})`),
        );
        return { page, log, loadedLang: undefined };
      }),
    );

    const run = async (worker, job) => {
      const jobStart = performance.now();
      let outcome;
      try {
        outcome = await sweepStory(worker, origin, axeSource, job);
      } catch (error) {
        worker.loadedLang = undefined;
        outcome = { problems: [`sweep error: ${error.message}`, ...worker.log], langs: [] };
      }
      const ms = Math.round(performance.now() - jobStart);
      const label = `${job.id} [${job.lang ?? 'en'}]`;
      if (outcome.problems.length === 0) {
        console.log(`  ok    ${label} (${ms} ms)`);
      } else {
        console.log(`  FAIL  ${label} (${ms} ms)`);
        for (const problem of outcome.problems) console.log(`        - ${problem}`);
      }
      results.push({ ...job, problems: outcome.problems });
      return outcome;
    };

    // The first story also tells which languages the preview's toolbar offers.
    const jobs = stories.map((id) => ({ id, lang: null }));
    const first = await run(pages[0], jobs.shift());
    langs ??= ['en', ...first.langs.filter((lang) => lang !== 'en')];
    const extra = langs.filter((lang) => lang !== 'en');
    if (!langs.includes('en')) jobs.length = 0;
    for (const lang of extra) jobs.push(...stories.map((id) => ({ id, lang })));
    if (extra.length) console.log(`  (also sweeping every story in: ${extra.join(', ')})`);

    await Promise.all(
      pages.map(async (worker) => {
        for (let job = jobs.shift(); job; job = jobs.shift()) await run(worker, job);
      }),
    );
  } finally {
    await browser.close();
    server.close();
  }

  const failed = results.filter((result) => result.problems.length > 0);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `\nstory sweep: ${results.length} story renders (${stories.length} ${stories.length === 1 ? 'story' : 'stories'} × ${langs?.join(', ')}), ` +
      `${results.length - failed.length} passed, ${failed.length} failed, in ${seconds} s`,
  );
  if (failed.length) {
    console.log('failed:');
    for (const result of failed) {
      const reasons = [
        ...new Set(
          result.problems.map((p) => /^axe ([\w-]+)/.exec(p)?.[1] ?? p.split(/[:(]/)[0].trim()),
        ),
      ];
      console.log(`  ${result.id} [${result.lang ?? 'en'}]: ${reasons.join(', ')}`);
    }
    return 1;
  }
  return 0;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  process.exitCode = await main();
}

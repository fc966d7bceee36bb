#!/usr/bin/env node
// The consumer apps (issue 13): Plaza installed from `npm pack` tarballs of this tree into plain
// HTML with the CDN bundle, Vite + TypeScript, React 19, Vue 3, webpack 5 and Angular (through
// @plaza/angular); each app built with
// its own bundler, type-checked where it is TypeScript, then driven in Chromium with real clicks
// and keys (empty submit, filled submit received by a local server, reset). The Vite and webpack
// builds of one element must contain only that element, core, tokens, localization and Lit.
// Needs `npm run build` first. Usage: node consumers/run.mjs [--keep] [--from <built tree>]
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { BACKGROUND_PAGE_ARGS, chromiumLaunchOptions } from '../scripts/lib/chromium.mjs';
import { buildApps, strayModules } from './lib/build.mjs';
import { driveApp } from './lib/drive.mjs';
import { installFromTarballs } from './lib/install.mjs';
import { serveApp } from './lib/server.mjs';

const consumers = dirname(fileURLToPath(import.meta.url));
const repo = dirname(consumers);
const option = (name) =>
  process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : '';
// --reuse <dir>: drive the apps already built in a kept scratch folder (for working on the journeys).
const reuse = option('--reuse');
// --from <dir>: pack another built tree (the release dry run's versioned copy).
const packFrom = option('--from') || repo;
const scratch = reuse || mkdtempSync(join(tmpdir(), 'plaza-consumers-'));
const out = join(scratch, 'out');

/** How each app answers a submit, and what it checks beyond the shared journeys. */
const APPS = [
  { app: 'html-cdn', navigates: true, mirrors: false },
  { app: 'vite-vanilla', navigates: true, mirrors: false, override: 'Tell us' },
  { app: 'react', navigates: false, mirrors: true },
  { app: 'vue', navigates: true, mirrors: true },
  { app: 'webpack', navigates: true, mirrors: false },
  { app: 'angular', navigates: false, mirrors: true, angular: true },
];

const results = [];
const timed = async (name, work) => {
  const started = performance.now();
  try {
    await work();
    results.push({ name, ok: true, seconds: (performance.now() - started) / 1000 });
  } catch (error) {
    results.push({ name, ok: false, seconds: (performance.now() - started) / 1000, error });
  }
  console.log(`${results.at(-1).ok ? 'pass' : 'FAIL'}  ${name}`);
};

let built = {};
if (!reuse)
  await timed('install from tarballs', async () => {
    const files = installFromTarballs({ repo: packFrom, consumers, scratch });
    if (files.length < 9)
      throw new Error(`expected a tarball per package, got ${files.join(', ')}`);
    console.log(`      ${files.join(' ')}`);
  });
if (!reuse)
  await timed('build and type-check', async () => {
    built = await buildApps(repo, scratch, out);
  });
for (const bundler of reuse ? [] : ['vite', 'webpack']) {
  await timed(`${bundler}: one element bundles only itself, core, tokens and Lit`, async () => {
    const modules = built[bundler] ?? [];
    if (!modules.some((file) => file.includes('text-field')))
      throw new Error('the text field is missing from its own bundle');
    const stray = strayModules(modules);
    if (stray.length) throw new Error(`unexpected modules:\n  ${stray.join('\n  ')}`);
  });
}

// Without the background-page flags, a tab Chromium considers hidden has its timers throttled
// (to once a minute after a while), and a journey that polls took minutes instead of seconds.
const browser = await puppeteer.launch(chromiumLaunchOptions({ args: BACKGROUND_PAGE_ARGS }));
try {
  for (const { app, ...expect } of APPS) {
    await timed(`${app}: empty submit, filled submit, reset`, async () => {
      const server = await serveApp(join(out, app));
      const page = await browser.newPage();
      await page.bringToFront();
      try {
        await driveApp(page, server, expect);
      } finally {
        await page.close();
        await server.close();
      }
    });
  }
} finally {
  await browser.close();
}

console.log('\nConsumer apps (Plaza from tarballs):');
for (const result of results) {
  console.log(`  ${result.ok ? 'pass' : 'FAIL'}  ${result.name}  (${result.seconds.toFixed(1)} s)`);
  if (!result.ok)
    console.log(
      `        ${String(result.error?.stack ?? result.error)
        .split('\n')
        .join('\n        ')}`,
    );
}
if (process.argv.includes('--keep') || reuse) console.log(`\nKept ${scratch}`);
else rmSync(scratch, { recursive: true, force: true });
process.exitCode = results.every((result) => result.ok) ? 0 : 1;

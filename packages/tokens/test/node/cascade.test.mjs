// Proves the layering in a real browser: an agency's unlayered :root rule beats the theme, the
// theme beats the base tokens whatever the load order, and references (color-link) follow.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { after, before, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { chromiumLaunchOptions } from '../../../../scripts/lib/chromium.mjs';

const dist = join(dirname(fileURLToPath(import.meta.url)), '../../dist');
const tokensCss = await readFile(join(dist, 'tokens.css'), 'utf8');
const themeCss = await readFile(join(dist, 'themes/example-agency.css'), 'utf8');
let browser;

before(async () => {
  browser = await puppeteer.launch(chromiumLaunchOptions());
});
after(() => browser?.close());

async function computed(styles, names) {
  const page = await browser.newPage();
  const html = styles.map((css) => `<style>${css}</style>`).join('');
  await page.setContent(`<!doctype html><html><head>${html}</head><body></body></html>`);
  const values = await page.evaluate((list) => {
    const style = getComputedStyle(document.documentElement);
    return Object.fromEntries(list.map((n) => [n, style.getPropertyValue(n).trim()]));
  }, names);
  await page.close();
  return values;
}

it('base tokens apply on their own', async () => {
  const v = await computed([tokensCss], ['--plaza-color-primary', '--plaza-color-link']);
  assert.equal(v['--plaza-color-primary'], '#005ea2');
  assert.equal(v['--plaza-color-link'], '#005ea2');
});

it('the theme wins over the base even when loaded first', async () => {
  const v = await computed([themeCss, tokensCss], ['--plaza-color-primary', '--plaza-color-link']);
  assert.equal(v['--plaza-color-primary'], '#1f6b3a');
  assert.equal(v['--plaza-color-link'], '#1f6b3a', 'color-link follows color-primary');
});

it("an agency's unlayered rule wins over both, even with lower specificity and earlier", async () => {
  const agency = '* { --plaza-color-primary: #7a1f5c; }';
  const v = await computed(
    [agency, tokensCss, themeCss],
    ['--plaza-color-primary', '--plaza-color-link', '--plaza-color-text'],
  );
  assert.equal(v['--plaza-color-primary'], '#7a1f5c');
  assert.equal(v['--plaza-color-link'], '#7a1f5c');
  assert.equal(v['--plaza-color-text'], '#1b1b1b');
});

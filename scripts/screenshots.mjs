#!/usr/bin/env node
// Screenshots of a built Storybook for docs/screenshots/ (issue 14's "done when" list): each shot
// at desktop (1280 px) and phone (390 px) width, at device scale 1 (flat UI compresses well: the
// whole set is well under 1 MB without a separate optimizer).
//
// Usage: node scripts/screenshots.mjs [--dir storybook-static] [--out docs/screenshots]
import { mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import puppeteer from 'puppeteer-core';
import { chromiumLaunchOptions } from './lib/chromium.mjs';
import { serve, settleInPage } from './story-sweep.mjs';

/** name, story id, and what to do before the shot (`tab`: press Tab to show focus). */
const SHOTS = [
  { name: 'service-page', id: 'patterns-service-page--question-page' },
  { name: 'service-page-errors', id: 'patterns-service-page--question-page-with-errors' },
  { name: 'date-input-en-us-es-us-en-gb', id: 'components-date-input--order-by-locale' },
  { name: 'radios-every-state', id: 'components-radio-group--every-state', tab: true },
  { name: 'checkboxes-every-state', id: 'components-checkbox-group--every-state', tab: true },
  { name: 'date-input-right-to-left-arabic', id: 'components-date-input--right-to-left' },
  { name: 'radios-right-to-left-arabic', id: 'components-radio-group--right-to-left' },
  { name: 'text-field-right-to-left-arabic-error', id: 'components-text-field--right-to-left' },
];
const WIDTHS = [1280, 390];
const TIMEOUT_MS = 120_000;

const { values } = parseArgs({
  options: {
    dir: { type: 'string', default: 'storybook-static' },
    out: { type: 'string', default: 'docs/screenshots' },
  },
});
mkdirSync(values.out, { recursive: true });
const { server, origin } = await serve(values.dir);
const browser = await puppeteer.launch(chromiumLaunchOptions({ protocolTimeout: TIMEOUT_MS }));
try {
  const page = await browser.newPage();
  page.setDefaultTimeout(TIMEOUT_MS);
  for (const shot of SHOTS) {
    for (const width of WIDTHS) {
      await page.setViewport({ width, height: 800 });
      const url = `${origin}/iframe.html?id=${shot.id}&viewMode=story&globals=a11y.manual:!true`;
      await page.goto(url, { waitUntil: 'load' });
      const settled = await page.evaluate(settleInPage, shot.id, TIMEOUT_MS);
      if (settled.timedOut) throw new Error(`${shot.id} did not finish rendering`);
      if (shot.tab) await page.keyboard.press('Tab');
      const file = join(values.out, `${shot.name}-${width}.png`);
      await page.screenshot({ path: file, fullPage: true });
      console.log(`${file} (${Math.round(statSync(file).size / 1024)} KB)`);
    }
  }
} finally {
  await browser.close();
  server.close();
}

// How every script, bench and test runner here starts Chromium: one list of flags and one default
// browser (Debian's Chromium; CHROME_PATH picks another).

/** The browser binary: CHROME_PATH, or Debian's Chromium. */
export const CHROME_PATH = process.env.CHROME_PATH || '/usr/bin/chromium';

/** Flags for a headless Chromium in a container with no sandbox, GPU or network chatter. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/**
 * Extra flags where several pages run side by side: a background page must not have its timers
 * and frames paused, or it runs (and times out) far slower than the front one.
 */
export const BACKGROUND_PAGE_ARGS = [
  '--disable-background-timer-throttling',
  '--disable-renderer-backgrounding',
  '--disable-backgrounding-occluded-windows',
];

/**
 * Launch options for puppeteer (or @web/test-runner-chrome's `launchOptions`).
 * @param {{ args?: string[] } & Record<string, unknown>} [extra] more flags and options
 */
export function chromiumLaunchOptions({ args = [], ...options } = {}) {
  return {
    executablePath: CHROME_PATH,
    headless: true,
    args: [...CHROMIUM_ARGS, ...args],
    ...options,
  };
}

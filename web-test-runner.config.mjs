// Browser tests for every package, in Debian's Chromium (or CHROME_PATH).
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { BACKGROUND_PAGE_ARGS, chromiumLaunchOptions } from './scripts/lib/chromium.mjs';
import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';
import { readFileSync } from 'node:fs';
import { hsdsApiResponse } from './packages/directory/test/hsds-api.mjs';
import { emulateMediaPlugin } from './scripts/emulate-media-plugin.mjs';
import { ssrPagePlugin } from './scripts/ssr-page-plugin.mjs';
import { strictPolicyPagePlugin } from './scripts/strict-policy-page.mjs';

const exampleDirectory = JSON.parse(
  readFileSync(new URL('./packages/directory/examples/directory.json', import.meta.url), 'utf8'),
);

/** A local HSDS API at /hsds-api/... serving the example directory, for the API source's tests. */
function hsdsApiMiddleware(context, next) {
  if (!context.url.startsWith('/hsds-api/')) return next();
  const answer = hsdsApiResponse(context.url.slice('/hsds-api'.length), exampleDirectory);
  context.status = answer?.status ?? 404;
  context.type = 'application/json';
  context.body = JSON.stringify(answer?.body ?? { error: 'not found' });
  return undefined;
}

/**
 * POST /__echo-form answers with the form body it received as JSON (each name with all its values,
 * in order), so a test can submit a real <form> into an iframe and read what a server would get.
 */
async function echoFormBody(context, next) {
  if (context.method !== 'POST' || context.path !== '/__echo-form') return next();
  const chunks = [];
  for await (const chunk of context.req) chunks.push(chunk);
  const fields = {};
  for (const [name, value] of new URLSearchParams(Buffer.concat(chunks).toString('utf8'))) {
    (fields[name] ??= []).push(value);
  }
  context.type = 'application/json';
  context.body = JSON.stringify(fields);
}

// Time limits are a safety net against a hung test, never a speed check: tests share two cores
// with other work, and axe or a page load can take many times longer on a loaded machine.
// PLAZA_TEST_TIMEOUT (milliseconds per test) raises them further; a file gets 20 tests' worth.
const testTimeout = Number(process.env.PLAZA_TEST_TIMEOUT) || 120_000;

export default {
  files: [
    'packages/*/src/**/*.test.ts',
    'packages/*/test/**/*.test.ts',
    '!packages/*/test/node/**',
  ],
  nodeResolve: { exportConditions: ['plaza-source', 'browser', 'development'] },
  middleware: [echoFormBody, hsdsApiMiddleware],
  plugins: [
    a11ySnapshotPlugin(),
    strictPolicyPagePlugin(),
    ssrPagePlugin(),
    emulateMediaPlugin(),
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.base.json' }),
  ],
  browsers: [
    chromeLauncher({
      // Only the front tab has focus, so in the other tabs `:focus`, `:focus-within` and
      // `:focus-visible` never match and document.hasFocus() is false. Emulate focus in every
      // page, so focus styles (a skip link shown on focus, focus rings) test the same in any tab.
      createPage: async ({ context }) => {
        const page = await context.newPage();
        const session = await page.createCDPSession();
        await session.send('Emulation.setFocusEmulationEnabled', { enabled: true });
        return page;
      },
      // Tests run in several tabs at once: keep background tabs' timers and frames running.
      launchOptions: chromiumLaunchOptions({ args: BACKGROUND_PAGE_ARGS }),
    }),
  ],
  concurrency: 2,
  testFramework: { config: { timeout: testTimeout } },
  testsFinishTimeout: testTimeout * 20,
  coverage: process.argv.includes('--coverage'),
  coverageConfig: {
    include: ['packages/*/src/**/*.ts'],
    exclude: ['**/*.test.ts', '**/test/**', '**/*.stories.ts'],
    threshold: { lines: 90, statements: 90, functions: 85, branches: 80 },
    report: true,
    reportDir: 'coverage',
  },
};

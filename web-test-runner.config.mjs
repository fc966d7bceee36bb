// Browser tests for every package, in Debian's Chromium (or CHROME_PATH).
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';
import { emulateMediaPlugin } from './scripts/emulate-media-plugin.mjs';
import { strictPolicyPagePlugin } from './scripts/strict-policy-page.mjs';

const executablePath = process.env.CHROME_PATH || '/usr/bin/chromium';

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
  plugins: [
    a11ySnapshotPlugin(),
    strictPolicyPagePlugin(),
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
      launchOptions: {
        executablePath,
        headless: true,
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-dev-shm-usage',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--no-first-run',
          // Tests run in several tabs at once: keep background tabs' timers and frames running.
          '--disable-background-timer-throttling',
          '--disable-renderer-backgrounding',
          '--disable-backgrounding-occluded-windows',
        ],
      },
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

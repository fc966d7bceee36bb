// A web-test-runner plugin serving Plaza's elements as a Node server renders them (see
// scripts/ssr/render.mjs), for packages/components/test/ssr/hydrate.test.ts:
//
//   GET /__plaza/ssr-page?lang=<en|es>
//
// The pages are rendered once per test run, in a child process (Lit's server build and its DOM
// shim stay out of the test runner), when a test first asks. They carry no script: the test
// loads the elements itself, so it can read the page before and after hydration.
import { execFile } from 'node:child_process';
import { join } from 'node:path';

export const SSR_PAGE_PATH = '/__plaza/ssr-page';
const renderer = join(import.meta.dirname, 'ssr/render.mjs');

let pages;
function renderPages() {
  pages ??= new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      [renderer, '--json'],
      { maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        if (error) reject(new Error(`Server rendering failed:\n${stderr || error.message}`));
        else resolve(JSON.parse(stdout));
      },
    );
  });
  return pages;
}

export function ssrPagePlugin() {
  return {
    name: 'plaza-ssr-page',
    async serve(context) {
      if (context.path !== SSR_PAGE_PATH) return undefined;
      const lang = context.URL.searchParams.get('lang') ?? 'en';
      const page = (await renderPages())[lang];
      if (!page) return { body: `No server-rendered page for ${lang}`, type: 'text', status: 404 };
      return { body: page, type: 'html' };
    },
  };
}

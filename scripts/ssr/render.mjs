#!/usr/bin/env node
// Renders every element of @plaza/components with Lit's server renderer (@lit-labs/ssr), the way
// a Node server would: through the package's server entry (src/server.ts), with only the DOM shim
// Lit itself loads (no global one), into one page per language of declarative shadow DOM.
// The browser test (packages/components/test/ssr/hydrate.test.ts) loads these pages, reads them
// before any script runs, then hydrates them.
// Usage: node scripts/ssr/render.mjs <lang>   (prints the page; exits 1 if an element fails)
//        node scripts/ssr/render.mjs --json   (every language's page, as JSON: lang -> HTML)
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CASES, LANGUAGES, wordsFor } from './cases.mjs';

const root = join(import.meta.dirname, '../..');
const outfile = join(root, 'node_modules/.cache/plaza-ssr/server.mjs');

/** Every tag the manifest documents: each needs a case, so a new element is rendered too. */
export function manifestTags() {
  const manifest = JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8'));
  return manifest.modules.flatMap((module) =>
    (module.declarations ?? []).flatMap((declaration) => declaration.tagName ?? []),
  );
}

/**
 * The server entry bundled for Node from the TypeScript sources (like the other Node tests), with
 * lit left external so the element classes and @lit-labs/ssr share Lit's Node build.
 */
let serverEntry;
function loadServerEntry() {
  serverEntry ??= bundleServerEntry();
  return serverEntry;
}

async function bundleServerEntry() {
  await build({
    entryPoints: [join(root, 'packages/components/src/server.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'es2022',
    conditions: ['plaza-source'],
    external: [
      'lit',
      'lit/*',
      'lit-html',
      'lit-html/*',
      'lit-element',
      'lit-element/*',
      '@lit/*',
      '@lit-labs/*',
    ],
    tsconfig: join(root, 'tsconfig.base.json'),
    outfile,
    logLevel: 'warning',
  });
  return import(pathToFileURL(outfile).href);
}

/** The cases, in page order: light-DOM-driven elements last (they grow when they hydrate). */
export function pageCases(lang) {
  const missing = manifestTags().filter((tag) => !(tag in CASES));
  if (missing.length)
    throw new Error(`No server-rendering case for ${missing.join(', ')} in scripts/ssr/cases.mjs`);
  return Object.entries(CASES)
    .filter(([, entry]) => entry.render)
    .map(([name, entry]) => ({
      name,
      lightDom: Boolean(entry.lightDom),
      ...entry.render(wordsFor(lang), lang),
    }))
    .sort((a, b) => Number(a.lightDom) - Number(b.lightDom));
}

export async function renderPage(lang) {
  const { setServerLanguage } = await loadServerEntry();
  const { render } = await import('@lit-labs/ssr');
  const { collectResult } = await import('@lit-labs/ssr/lib/render-result.js');
  const { html, unsafeStatic } = await import('lit/static-html.js');
  setServerLanguage(lang);
  const sections = [];
  for (const { name, markup, lightDom, expect } of pageCases(lang)) {
    let rendered;
    try {
      rendered = await collectResult(render(html`${unsafeStatic(markup)}`));
    } catch (error) {
      throw new Error(`${name} (${lang}) failed to server-render: ${error.stack}`);
    }
    // The words the page must show before any script runs, for the browser test to check.
    const words = JSON.stringify(expect).replace(/&/g, '&amp;').replace(/"/g, '&quot;');
    sections.push(
      `<div class="case" data-case="${name}" data-expect="${words}"${lightDom ? ' data-light-dom' : ''}>${rendered}</div>`,
    );
  }
  // tokens.css before the elements: their styles read the tokens before any script adopts them.
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Plaza server rendering (${lang})</title>
<link rel="stylesheet" href="/packages/tokens/dist/tokens.css">
<link rel="stylesheet" href="/packages/tokens/css/page.css">
</head>
<body class="plaza-page">
<form id="form" action="/__echo-form" method="post">
${sections.join('\n')}
</form>
</body>
</html>
`;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const wanted = process.argv[2] ?? 'en';
  if (wanted === '--json') {
    const pages = {};
    for (const lang of LANGUAGES) pages[lang] = await renderPage(lang);
    process.stdout.write(JSON.stringify(pages));
  } else {
    if (!LANGUAGES.includes(wanted))
      throw new Error(`Language ${wanted} has no words in cases.mjs`);
    process.stdout.write(await renderPage(wanted));
  }
}

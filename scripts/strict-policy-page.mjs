// A web-test-runner plugin that serves pages under a government-style strict policy, for the
// browser tests in packages/components/test/strict-policy.test.ts:
//
//   GET /__plaza/strict-page?trusted-types=<names>
//
// answers with a page whose Content-Security-Policy header is
//   script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types <names>
// (default names: STRICT_POLICY_NAMES). The page has no inline script or style: a classic
// script records every `securitypolicyviolation` first, then one module script per element
// registration module of @plaza/components (each `plaza-<name>.ts` in its package exports).
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The Trusted Types policies Plaza needs: Lit's own. Plaza's elements create none. */
export const STRICT_POLICY_NAMES = 'lit-html';
export const STRICT_PAGE_PATH = '/__plaza/strict-page';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Served paths of every element registration module, e.g. /packages/components/src/tag/plaza-tag.ts */
function registrationModules() {
  const pkg = JSON.parse(readFileSync(join(root, 'packages/components/package.json'), 'utf8'));
  return Object.values(pkg.exports)
    .map((target) => target?.['plaza-source'] ?? '')
    .filter((source) => /\/plaza-[a-z-]+\.ts$/u.test(source))
    .map((source) => `/packages/components/${source.replace(/^\.\//u, '')}`);
}

export function contentSecurityPolicy(trustedTypes = STRICT_POLICY_NAMES) {
  return [
    "script-src 'self'",
    "style-src 'self'",
    "require-trusted-types-for 'script'",
    `trusted-types ${trustedTypes}`,
  ].join('; ');
}

function page() {
  const modules = registrationModules()
    .map((src) => `<script type="module" src="${src}"></script>`)
    .join('\n');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Plaza under a strict policy</title>
<script src="/packages/components/test/support/record-violations.js"></script>
${modules}
</head>
<body></body>
</html>`;
}

export function strictPolicyPagePlugin() {
  return {
    name: 'plaza-strict-policy-page',
    serve(context) {
      if (context.path !== STRICT_PAGE_PATH) return undefined;
      const names = context.URL.searchParams.get('trusted-types') || STRICT_POLICY_NAMES;
      // Only names and 'none' / 'allow-duplicates': nothing else may reach the header.
      if (!/^[\w\-' ]+$/u.test(names)) throw new Error(`Bad trusted-types names: ${names}`);
      return {
        body: page(),
        type: 'html',
        headers: { 'Content-Security-Policy': contentSecurityPolicy(names) },
      };
    },
  };
}

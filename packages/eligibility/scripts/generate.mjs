// Writes what is derived from the operator registry and the rule format: schema.json (the
// published JSON Schema, from src/schema.ts) and the operator reference in
// docs/eligibility/operators.md (from src/operators/reference.ts). Tests fail when either is stale.
// Run: npm run generate --workspace @plaza/eligibility
import { build } from 'esbuild';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const docsPage = fileURLToPath(new URL('../../../docs/eligibility/operators.md', import.meta.url));

async function load(entry) {
  const result = await build({
    entryPoints: [`${root}${entry}`],
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    write: false,
    logLevel: 'warning',
  });
  const url = `data:text/javascript;base64,${Buffer.from(result.outputFiles[0].text).toString('base64')}`;
  return import(url);
}

const prettier = await import('prettier');
const { ruleSetSchema } = await load('src/schema.ts');
const options = (await prettier.resolveConfig(`${root}schema.json`)) ?? {};
const schema = await prettier.format(JSON.stringify(ruleSetSchema), { ...options, parser: 'json' });
writeFileSync(`${root}schema.json`, schema);
console.log('wrote schema.json');

const { operatorReference, REFERENCE_START, REFERENCE_END } = await load(
  'src/operators/reference.ts',
);
const page = readFileSync(docsPage, 'utf8');
const start = page.indexOf(REFERENCE_START);
const end = page.indexOf(REFERENCE_END);
if (start < 0 || end < start) throw new Error(`${docsPage} has no operator reference markers`);
const updated = page.slice(0, start) + operatorReference() + page.slice(end + REFERENCE_END.length);
const docsOptions = (await prettier.resolveConfig(docsPage)) ?? {};
writeFileSync(docsPage, await prettier.format(updated, { ...docsOptions, parser: 'markdown' }));
console.log('wrote docs/eligibility/operators.md (operator reference)');

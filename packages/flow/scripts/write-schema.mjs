// Writes schema.json (the published JSON Schema of the flow definition format) from src/schema.ts.
// Run: npm run schema --workspace @plaza/flow
import { build } from 'esbuild';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const result = await build({
  entryPoints: [`${root}src/schema.ts`],
  bundle: true,
  format: 'esm',
  platform: 'neutral',
  write: false,
  logLevel: 'warning',
});
const url = `data:text/javascript;base64,${Buffer.from(result.outputFiles[0].text).toString('base64')}`;
const { flowDefinitionSchema } = await import(url);
const prettier = await import('prettier');
const options = (await prettier.resolveConfig(`${root}schema.json`)) ?? {};
const text = await prettier.format(JSON.stringify(flowDefinitionSchema), {
  ...options,
  parser: 'json',
});
writeFileSync(`${root}schema.json`, text);
console.log('wrote schema.json');

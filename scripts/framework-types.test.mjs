// The generated React and Vue types work in an app: small React 19 (tsc) and Vue 3
// (vue-tsc, strictTemplates) files type-check against @plaza/components' dist/, and the mistakes
// they mark with @ts-expect-error / @vue-expect-error are caught. Needs `npm run build` first.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { ROOT } from './lib/packages.mjs';
import { manifestElements } from './framework-types.mjs';

const fixture = join(ROOT, 'scripts/framework-types-fixture');
const dist = join(ROOT, 'packages/components/dist');

function typeCheck(bin, tsconfig) {
  const run = spawnSync(process.execPath, [join(ROOT, bin), '-p', join(fixture, tsconfig)], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  assert.equal(run.status, 0, `${run.stdout}${run.stderr}`);
}

describe('framework types generated from custom-elements.json', () => {
  it('type-check a React 19 form (JSX.IntrinsicElements, properties, on<event> props)', () => {
    typeCheck('node_modules/typescript/bin/tsc', 'tsconfig.react.json');
  });

  it('type-check a Vue 3 form with strictTemplates (GlobalComponents)', () => {
    typeCheck('node_modules/vue-tsc/bin/vue-tsc.js', 'tsconfig.vue.json');
  });

  it('describe every element for VS Code and JetBrains', () => {
    const manifest = JSON.parse(
      readFileSync(join(ROOT, 'packages/components/custom-elements.json'), 'utf8'),
    );
    const tags = manifestElements(manifest).map((element) => element.tagName);
    const customData = JSON.parse(readFileSync(join(dist, 'html-custom-data.json'), 'utf8'));
    const webTypes = JSON.parse(readFileSync(join(dist, 'web-types.json'), 'utf8'));
    assert.ok(tags.includes('plaza-text-field'));
    assert.deepEqual(
      customData.tags.map((tag) => tag.name),
      tags,
    );
    assert.deepEqual(
      webTypes.contributions.html.elements.map((element) => element.name),
      tags,
    );
    const pagination = customData.tags.find((tag) => tag.name === 'plaza-pagination');
    assert.ok(pagination.attributes.some((attribute) => attribute.name === 'total'));
  });

  it('publish the manifest with paths inside the package', () => {
    const text = readFileSync(join(ROOT, 'packages/components/custom-elements.json'), 'utf8');
    assert.ok(!text.includes('packages/components/'), 'a path still starts at the repository');
    assert.match(text, /"path": "src\/text-field\/text-field\.ts"/);
  });
});

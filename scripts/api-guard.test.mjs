// The API-break guard fails on a breaking change planted in a temporary copy of the build
// (a removed property, a changed type, a removed design token) unless a changeset declares a
// major change for that package, and passes on an unchanged copy. Needs `npm run build` first.
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { compareApi, extractApi, undeclaredBreaks } from './api-guard.mjs';
import { ROOT, listPackages } from './lib/packages.mjs';

/** Copies what the guard reads (manifests, .d.ts, CSS, custom-elements.json) into a temp dir. */
function copyBuild() {
  const copy = mkdtempSync(join(tmpdir(), 'plaza-api-guard-'));
  for (const { dir, pkg } of listPackages()) {
    const to = join(copy, relative(ROOT, dir));
    cpSync(join(dir, 'package.json'), join(to, 'package.json'));
    if (pkg.customElements) cpSync(join(dir, pkg.customElements), join(to, pkg.customElements));
    cpSync(join(dir, 'dist'), join(to, 'dist'), {
      recursive: true,
      filter: (source) => !/\.(js|map)$/.test(source) && !source.includes('/dist/data'),
    });
  }
  symlinkSync(join(ROOT, 'node_modules'), join(copy, 'node_modules'));
  return copy;
}

function edit(file, change) {
  const text = readFileSync(file, 'utf8');
  const changed = change(text);
  assert.notEqual(changed, text, `nothing to change in ${file}`);
  writeFileSync(file, changed);
}

describe('API-break guard', () => {
  let copy;
  let baseline;
  before(() => {
    copy = copyBuild();
    baseline = extractApi(copy);
  });
  after(() => copy && rmSync(copy, { recursive: true, force: true }));

  it('extracts declarations, elements and tokens', () => {
    assert.equal(baseline['@plaza/components']['<plaza-pagination> attribute total'], 'number');
    assert.equal(baseline['@plaza/components']['. PlazaPagination.total'], 'number');
    assert.equal(baseline['@plaza/tokens']['token --plaza-color-primary'], 'custom property');
  });

  it('passes when nothing changed', () => {
    const report = compareApi(baseline, extractApi(copy));
    assert.deepEqual(undeclaredBreaks(report, new Map()), []);
  });

  it('fails on a planted breaking change without a major changeset, passes with one', () => {
    const components = join(copy, 'packages/components');
    edit(join(components, 'dist/pagination/pagination.d.ts'), (t) =>
      t.replace(/^\s*total: number;\n/m, ''),
    );
    edit(join(components, 'dist/text-field/text-field.d.ts'), (t) =>
      t.replace(/^(\s*)pattern: string;$/m, '$1pattern: RegExp;'),
    );
    edit(join(components, 'custom-elements.json'), (t) => {
      const manifest = JSON.parse(t);
      for (const mod of manifest.modules) {
        for (const decl of mod.declarations ?? []) {
          if (decl.tagName !== 'plaza-pagination') continue;
          decl.attributes = decl.attributes.filter((a) => a.name !== 'total');
        }
      }
      return JSON.stringify(manifest);
    });
    edit(join(copy, 'packages/tokens/dist/tokens.css'), (t) =>
      t.replace('--plaza-color-primary:', '--plaza-colour-primary:'),
    );
    const report = compareApi(baseline, extractApi(copy));
    const changes = report['@plaza/components'];
    assert.ok(changes.removed.includes('. PlazaPagination.total'), changes.removed.join());
    assert.ok(changes.removed.includes('<plaza-pagination> attribute total'));
    assert.ok(changes.changed.some((c) => c.startsWith('. PlazaTextField.pattern: string')));
    assert.ok(report['@plaza/tokens'].removed.includes('token --plaza-color-primary'));

    const problems = undeclaredBreaks(report, new Map([['@plaza/components', 'minor']]));
    assert.equal(problems.length, 2, problems.join('\n'));
    assert.match(problems[0], /^@plaza\/components: /);
    assert.match(problems[1], /^@plaza\/tokens: 1 removed/);

    const declared = new Map([
      ['@plaza/components', 'major'],
      ['@plaza/tokens', 'major'],
    ]);
    assert.deepEqual(undeclaredBreaks(report, declared), []);
  });
});

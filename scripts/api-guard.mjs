#!/usr/bin/env node
// API-break guard. Extracts each package's public API from the build and compares it with the
// baseline in api/ (the API of the last release, kept in git):
//   - every export of every `exports` entry point, read from the published .d.ts with the
//     TypeScript compiler: functions and values with their types, classes and interfaces member
//     by member (public members declared in Plaza's own packages);
//   - @plaza/components' custom-elements.json: each element's attributes, properties, events,
//     slots, CSS parts and CSS custom properties;
//   - @plaza/tokens' `--plaza-*` custom properties.
// A removed or changed entry is a breaking change: the guard fails unless a pending changeset
// declares a major change for that package. Additions pass (they are printed).
// Usage: node scripts/api-guard.mjs [--update]   (--update rewrites api/ from the build: do it
// with each release, and commit it). Needs `npm run build` first.
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { declaredBumps } from './lib/changesets.mjs';
import { ROOT, listPackages } from './lib/packages.mjs';

const FORMAT = ts.TypeFormatFlags.NoTruncation | ts.TypeFormatFlags.UseFullyQualifiedType;

/** Declared in one of Plaza's packages (not lit, not the DOM library). */
const isOwn = (declaration) => {
  const file = declaration.getSourceFile().fileName;
  return file.includes('/packages/') && !file.includes('/node_modules/');
};

const isPublic = (declaration) =>
  !(
    ts.getCombinedModifierFlags(declaration) &
    (ts.ModifierFlags.Private | ts.ModifierFlags.Protected)
  ) && !(declaration.name && ts.isPrivateIdentifier(declaration.name));

/** `key -> signature` for one package's .d.ts entry points. */
function typeScriptApi(checker, program, dir, pkg, api) {
  const seen = new Map();
  for (const [subpath, target] of Object.entries(pkg.exports ?? {})) {
    const types = typeof target === 'object' && target?.types;
    if (!types || types.includes('*')) continue;
    const source = program.getSourceFile(join(dir, types));
    if (!source) throw new Error(`${pkg.name}: ${types} was not found: run npm run build`);
    const moduleSymbol = checker.getSymbolAtLocation(source);
    if (!moduleSymbol) continue; // a file with no exports (an ambient augmentation)
    for (const exported of checker.getExportsOfModule(moduleSymbol)) {
      const symbol =
        exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
      const key = `${subpath} ${exported.name}`;
      const declaration = symbol.declarations?.[0];
      if (!declaration) continue;
      // An element's entry point re-exports its class: list the members once.
      if (seen.has(symbol)) {
        api[key] = `same as ${seen.get(symbol)}`;
        continue;
      }
      seen.set(symbol, key);
      if (symbol.flags & (ts.SymbolFlags.Class | ts.SymbolFlags.Interface)) {
        api[key] = symbol.flags & ts.SymbolFlags.Class ? 'class' : 'interface';
        const type = checker.getDeclaredTypeOfSymbol(symbol);
        for (const member of checker.getPropertiesOfType(type)) {
          const memberDeclaration = member.declarations?.[0];
          if (!memberDeclaration || !isOwn(memberDeclaration) || !isPublic(memberDeclaration))
            continue;
          const optional = member.flags & ts.SymbolFlags.Optional ? '?' : '';
          const readonly =
            ts.getCombinedModifierFlags(memberDeclaration) & ts.ModifierFlags.Readonly ||
            (member.flags & ts.SymbolFlags.GetAccessor &&
              !(member.flags & ts.SymbolFlags.SetAccessor))
              ? 'readonly '
              : '';
          const memberType = checker.getTypeOfSymbolAtLocation(member, memberDeclaration);
          api[`${key}.${member.name}`] =
            `${readonly}${optional}${checker.typeToString(memberType, undefined, FORMAT)}`;
        }
      } else if (symbol.flags & ts.SymbolFlags.TypeAlias) {
        const type = checker.getDeclaredTypeOfSymbol(symbol);
        api[key] =
          `type ${checker.typeToString(type, undefined, FORMAT | ts.TypeFormatFlags.InTypeAlias)}`;
      } else {
        const type = checker.getTypeOfSymbolAtLocation(symbol, declaration);
        api[key] = checker.typeToString(type, undefined, FORMAT);
      }
    }
  }
}

/** `key -> description` for each element of a custom elements manifest. */
function elementsApi(manifest, api) {
  for (const mod of manifest.modules ?? []) {
    for (const element of mod.declarations ?? []) {
      if (!element.customElement || !element.tagName) continue;
      const tag = `<${element.tagName}>`;
      api[tag] = 'element';
      for (const a of element.attributes ?? [])
        api[`${tag} attribute ${a.name}`] = a.type?.text ?? '';
      for (const m of element.members ?? []) {
        if (m.kind !== 'field' || m.static) continue;
        api[`${tag} property ${m.name}`] = `${m.readonly ? 'readonly ' : ''}${m.type?.text ?? ''}`;
      }
      for (const e of element.events ?? []) api[`${tag} event ${e.name}`] = e.type?.text ?? 'Event';
      for (const s of element.slots ?? []) api[`${tag} slot ${s.name || '(default)'}`] = 'slot';
      for (const p of element.cssParts ?? []) api[`${tag} part ${p.name}`] = 'part';
      for (const p of element.cssProperties ?? []) api[`${tag} css ${p.name}`] = 'custom property';
    }
  }
}

/** Every `--plaza-*` custom property a package's dist/*.css declares. */
function tokensApi(dir, api) {
  const distDir = join(dir, 'dist');
  for (const file of readdirSync(distDir).filter((f) => f.endsWith('.css'))) {
    for (const [, name] of readFileSync(join(distDir, file), 'utf8').matchAll(
      /(--plaza-[\w-]+)\s*:/g,
    )) {
      api[`token ${name}`] = 'custom property';
    }
  }
}

/** The public API of every package under `root`/packages: { name: { key: signature } }. */
export function extractApi(root = ROOT) {
  const packages = listPackages(join(root, 'packages')).filter(({ pkg }) => !pkg.private);
  const typeFiles = packages.flatMap(({ dir, pkg }) =>
    Object.values(pkg.exports ?? {})
      .map((target) => typeof target === 'object' && target?.types)
      .filter((types) => types && !types.includes('*'))
      .map((types) => join(dir, types)),
  );
  const program = ts.createProgram(typeFiles, {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    lib: ['lib.es2023.d.ts', 'lib.dom.d.ts', 'lib.dom.iterable.d.ts'],
    skipLibCheck: true,
    noEmit: true,
    types: [],
  });
  const checker = program.getTypeChecker();
  const result = {};
  for (const { dir, pkg } of packages) {
    const api = {};
    typeScriptApi(checker, program, dir, pkg, api);
    if (pkg.customElements) {
      elementsApi(JSON.parse(readFileSync(join(dir, pkg.customElements), 'utf8')), api);
    }
    if (pkg.name === '@plaza/tokens') tokensApi(dir, api);
    // Printed types name their modules by absolute path (`import("/home/…/packages/core/dist/…")`):
    // keep the part inside the checkout, so a clone anywhere else reads the same API.
    const checkout = `import("${resolve(root)}/`;
    for (const [key, text] of Object.entries(api)) api[key] = text.replaceAll(checkout, 'import("');
    result[pkg.name] = Object.fromEntries(Object.entries(api).sort(([a], [b]) => (a < b ? -1 : 1)));
  }
  return result;
}

/** Per package: removed, changed and added keys between two extractions. */
export function compareApi(baseline, current) {
  const report = {};
  for (const name of new Set([...Object.keys(baseline), ...Object.keys(current)])) {
    const before = baseline[name] ?? {};
    const after = current[name] ?? {};
    report[name] = {
      removed: Object.keys(before).filter((key) => !(key in after)),
      changed: Object.keys(before)
        .filter((key) => key in after && after[key] !== before[key])
        .map((key) => `${key}: ${before[key]} -> ${after[key]}`),
      added: Object.keys(after).filter((key) => !(key in before)),
    };
  }
  return report;
}

/** Breaking changes not declared as major in `bumps` (Map name -> bump): [message]. */
export function undeclaredBreaks(report, bumps) {
  const problems = [];
  for (const [name, { removed, changed }] of Object.entries(report)) {
    if (removed.length + changed.length === 0 || bumps.get(name) === 'major') continue;
    problems.push(
      `${name}: ${removed.length} removed, ${changed.length} changed, and no changeset declares a major change:` +
        [
          ...removed.map((key) => `\n    removed ${key}`),
          ...changed.map((c) => `\n    changed ${c}`),
        ].join(''),
    );
  }
  return problems;
}

const API_DIR = join(ROOT, 'api');
const baselineFile = (name) =>
  join(API_DIR, `${name.replace(/^@/, '').replace('/', '__')}.api.json`);

export function readBaseline(names) {
  return Object.fromEntries(
    names
      .filter((name) => existsSync(baselineFile(name)))
      .map((name) => [name, JSON.parse(readFileSync(baselineFile(name), 'utf8'))]),
  );
}

function main() {
  const current = extractApi();
  if (process.argv.includes('--update')) {
    mkdirSync(API_DIR, { recursive: true });
    for (const [name, api] of Object.entries(current)) {
      writeFileSync(baselineFile(name), `${JSON.stringify(api, null, 2)}\n`);
    }
    console.log(`API baseline written to api/ for ${Object.keys(current).length} packages.`);
    return;
  }
  const baseline = readBaseline(Object.keys(current));
  const missing = Object.keys(current).filter((name) => !(name in baseline));
  const report = compareApi(baseline, current);
  for (const [name, { removed, changed, added }] of Object.entries(report)) {
    const size = Object.keys(current[name] ?? {}).length;
    console.log(
      `${name.padEnd(26)} ${size} API entries; ${removed.length} removed, ${changed.length} changed, ${added.length} added`,
    );
  }
  const problems = undeclaredBreaks(report, declaredBumps());
  for (const name of missing)
    problems.push(`${name}: no baseline in api/ (run node scripts/api-guard.mjs --update)`);
  if (problems.length) {
    console.error(`\nAPI guard failed:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    console.error(
      'Restore the API, or declare a major change in a changeset (and update api/ at release).',
    );
  } else {
    console.log('\nNo undeclared breaking API change.');
  }
  process.exitCode = problems.length ? 1 : 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();

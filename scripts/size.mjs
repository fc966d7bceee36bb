#!/usr/bin/env node
// `npm run size`: what each Plaza element costs a page, checked against size-budgets.json.
//
// For every element entry point of @plaza/components (exports whose source is plaza-<name>.ts),
// bundles `import '@plaza/components/<name>.js'` in memory from the built dist/ twice, with
// rollup + terser and with esbuild (lit and @plaza/core included, minified), brotli-compresses
// both (quality 11), takes the larger (what an agency's bundler may produce), adds the brotli
// size of the CSS a page needs (budgets.css), and compares the total with the budget.
// CSS that the JavaScript already carries (@plaza/core adopts the token CSS from @plaza/tokens'
// `tokensCss` at runtime) is shown as "in JS" and not counted twice: the page needs those bytes
// once, and they are already in the JS column.
// Groups (e.g. all form controls, the whole library) are bundled together, so shared code such as
// lit counts once. Exits 1 when anything is over budget or an element has no budget.
//
// Usage: node scripts/size.mjs [--budgets <file>] [--only <tag,...>] [--json]
//   --budgets, or PLAZA_SIZE_BUDGETS, picks another budgets file (default: size-budgets.json).
//   --only measures just these elements (groups shrink to them): a quick check while working.
// Needs `npm run build` first.
import { elementExports, readPackageJson } from './lib/packages.mjs';
import { minifyCss } from './minify-css.mjs';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { brotliCompressSync, constants } from 'node:zlib';
import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { build as esbuild } from 'esbuild';
import { rollup } from 'rollup';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const componentsDir = join(root, 'packages/components');

export function brotliSize(input) {
  return brotliCompressSync(input, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: 11,
      [constants.BROTLI_PARAM_SIZE_HINT]: Buffer.byteLength(input),
    },
  }).length;
}

/** Element entry points of @plaza/components: tag -> { specifier, file } (built dist file). */
export function elementEntries(pkgDir = componentsDir) {
  const pkg = readPackageJson(pkgDir);
  const elements = {};
  for (const { tag, subpath, target } of elementExports(pkg)) {
    if (!target.default) continue;
    elements[tag] = {
      specifier: `${pkg.name}/${subpath.replace(/^\.\//, '')}`,
      file: join(pkgDir, target.default),
    };
  }
  return elements;
}

/** Minified size of a module made of `code`, bundled with everything it imports except `external`. */
export async function bundle(code, external = []) {
  const id = '\0size-entry';
  const build = await rollup({
    input: id,
    external: (source) => external.some((e) => source === e || source.startsWith(`${e}/`)),
    plugins: [
      {
        name: 'size-entry',
        resolveId: (source) => (source === id ? id : null),
        load: (moduleId) => (moduleId === id ? code : null),
      },
      nodeResolve({ exportConditions: ['browser', 'production'], rootDir: root }),
      terser({ format: { comments: false } }),
    ],
    onwarn(warning, warn) {
      if (warning.code !== 'EMPTY_BUNDLE') warn(warning);
    },
  });
  const { output } = await build.generate({ format: 'es', inlineDynamicImports: true });
  await build.close();
  return output[0].code;
}

/**
 * The same module bundled and minified by esbuild, as Vite and many agency builds do: the code a
 * page loads first, i.e. the entry chunk and the chunks it imports statically. esbuild bundles
 * template-literal dynamic imports (`import(`../data/zip/${name}.js`)`) as lazy chunks, which a
 * page fetches only when it needs them, so they are left out here, as rollup leaves them out.
 */
export async function bundleWithEsbuild(code, external = []) {
  const entry = 'plaza-size-entry';
  const result = await esbuild({
    entryPoints: [entry],
    bundle: true,
    splitting: true,
    outdir: join(root, 'node_modules/.cache/plaza-size-esbuild'),
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    conditions: ['production'],
    legalComments: 'none',
    external: external.flatMap((e) => [e, `${e}/*`]),
    write: false,
    metafile: true,
    logLevel: 'silent',
    plugins: [
      {
        name: 'size-entry',
        setup(build) {
          build.onResolve({ filter: new RegExp(`^${entry}$`) }, () => ({
            path: entry,
            namespace: 'plaza-size',
          }));
          build.onLoad({ filter: /.*/, namespace: 'plaza-size' }, () => ({
            contents: code,
            resolveDir: root,
            loader: 'js',
          }));
        },
      },
    ],
  });
  const outputs = result.metafile.outputs;
  const texts = new Map(result.outputFiles.map((file) => [relative(root, file.path), file.text]));
  const start = Object.keys(outputs).find((file) => outputs[file].entryPoint?.endsWith(entry));
  const loaded = new Set();
  const visit = (file) => {
    if (loaded.has(file)) return;
    loaded.add(file);
    for (const imported of outputs[file].imports) {
      if (imported.kind === 'import-statement' && !imported.external) visit(imported.path);
    }
  };
  visit(start);
  return [...loaded].map((file) => texts.get(file)).join('\n');
}

function formatKb(bytes) {
  return bytes === null || bytes === undefined ? '—' : `${(bytes / 1024).toFixed(2)} KB`;
}

/** Measures everything in `budgets` and returns rows plus problems; prints nothing. */
export async function measure(budgets, { elements = elementEntries(), only } = {}) {
  if (only) {
    const unknown = only.filter((tag) => !elements[tag]);
    if (unknown.length) throw new Error(`--only: not an element: ${unknown.join(', ')}`);
    elements = Object.fromEntries(only.map((tag) => [tag, elements[tag]]));
  }
  const problems = [];
  const notes = [];
  const cssFiles = (budgets.css ?? []).map((file) => resolve(root, file));
  for (const file of cssFiles) {
    if (!existsSync(file)) throw new Error(`${relative(root, file)} is missing: run npm run build`);
  }
  const css = cssFiles.map((file) => {
    const text = readFileSync(file, 'utf8');
    // Compared in minified form, as the token module carries them (no spaces, last `;` dropped).
    const declarations = (text.match(/--[\w-]+:[^;]+;/g) ?? []).map((d) =>
      minifyCss(d).replace(/;$/, ''),
    );
    return { file, brotli: brotliSize(text), declarations };
  });
  /** True when every declaration of the CSS file is in the bundled JavaScript already. */
  const carriedBy = (js, sheet) =>
    sheet.declarations.length > 0 && sheet.declarations.every((d) => js.includes(d));
  for (const [tag, { file }] of Object.entries(elements)) {
    if (!existsSync(file))
      throw new Error(`${relative(root, file)} (${tag}) is missing: run npm run build`);
  }

  const rows = [];
  const add = async (kind, name, code, budget, { withCss = true, external = [] } = {}) => {
    const js = await bundle(code, external);
    const jsRollup = brotliSize(js);
    const jsEsbuild = brotliSize(await bundleWithEsbuild(code, external));
    // Budgets apply to the larger of the two bundlers' figures.
    const jsBrotli = Math.max(jsRollup, jsEsbuild);
    const sheets = withCss ? css : [];
    const cssPart = sheets.filter((s) => !carriedBy(js, s)).reduce((sum, s) => sum + s.brotli, 0);
    const cssInJs = sheets.some((s) => carriedBy(js, s));
    const total = jsBrotli + cssPart;
    let status = kind === 'info' ? 'info' : 'NO BUDGET';
    if (budget !== undefined) status = total <= budget ? 'ok' : 'OVER';
    if (status === 'OVER') {
      problems.push(`${name}: ${total} B brotli is over its budget of ${budget} B`);
    }
    rows.push({
      kind,
      name,
      jsMin: Buffer.byteLength(js),
      jsRollup,
      jsEsbuild,
      jsBrotli,
      cssBrotli: cssPart,
      cssInJs,
      cssCounted: withCss,
      total,
      budget,
      status,
    });
  };
  const importAll = (tags) =>
    tags.map((tag) => `import ${JSON.stringify(elements[tag].specifier)};`).join('\n');

  const maxPerElement = budgets.maxPerElement ?? Infinity;
  for (const tag of Object.keys(elements).sort()) {
    const budget = budgets.elements?.[tag];
    if (budget === undefined) {
      problems.push(
        `${tag}: no budget; add "${tag}" to "elements" in the budgets file (at most ${maxPerElement} B)`,
      );
    } else if (budget > maxPerElement && !budgets.aboveMaxPerElement?.[tag]) {
      problems.push(
        `${tag}: budget ${budget} B is above maxPerElement (${maxPerElement} B); say why in "aboveMaxPerElement"`,
      );
    }
    await add('element', tag, importAll([tag]), budget);
  }
  // A budget may be declared before its element is in the exports map (work in progress).
  for (const tag of Object.keys(budgets.elements ?? {})) {
    if (!only && !elements[tag]) notes.push(`${tag}: has a budget, not yet an element entry point`);
  }

  for (const [name, group] of Object.entries(budgets.groups ?? {})) {
    const tags = group.elements === '*' ? Object.keys(elements).sort() : group.elements;
    // Group members must have a budget of their own: catches typos in the group list.
    const unknown = tags.filter(
      (tag) => budgets.elements?.[tag] === undefined && !elementEntries()[tag],
    );
    if (unknown.length) problems.push(`${name}: unknown element(s) ${unknown.join(', ')}`);
    await add('group', name, importAll(tags.filter((tag) => elements[tag])), group.budget);
  }

  for (const [name, item] of Object.entries(budgets.info ?? {})) {
    await add('info', name, `export * from ${JSON.stringify(item.import)};`, undefined, {
      withCss: item.css !== false,
      external: item.external ?? [],
    });
  }
  return { rows, problems, notes };
}

export function formatTable(rows) {
  const header = [
    'Entry',
    'JS min',
    'JS rollup',
    'JS esbuild',
    'CSS brotli',
    'Total',
    'Budget',
    'Status',
  ];
  const lines = rows.map((r) => [
    r.name,
    formatKb(r.jsMin),
    formatKb(r.jsRollup),
    formatKb(r.jsEsbuild),
    !r.cssCounted ? '—' : r.cssInJs && r.cssBrotli === 0 ? 'in JS' : formatKb(r.cssBrotli),
    formatKb(r.total),
    formatKb(r.budget),
    r.status,
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i].length)));
  const fmt = (cells) =>
    cells
      .map((c, i) =>
        i === 0 || i === header.length - 1 ? c.padEnd(widths[i]) : c.padStart(widths[i]),
      )
      .join('  ');
  return [fmt(header), widths.map((w) => '-'.repeat(w)).join('  '), ...lines.map(fmt)].join('\n');
}

async function main() {
  const { values } = parseArgs({
    options: {
      budgets: { type: 'string' },
      only: { type: 'string' },
      json: { type: 'boolean', default: false },
    },
  });
  const budgetsFile = resolve(
    values.budgets ?? process.env.PLAZA_SIZE_BUDGETS ?? join(root, 'size-budgets.json'),
  );
  const budgets = JSON.parse(readFileSync(budgetsFile, 'utf8'));
  const only = values.only ? values.only.split(',').map((tag) => tag.trim()) : undefined;
  const { rows, problems, notes } = await measure(budgets, { only });
  if (values.json) {
    console.log(JSON.stringify({ rows, problems, notes }, null, 2));
  } else {
    console.log(
      `Sizes: brotli quality 11 of the bundle minified by rollup + terser and by esbuild (the total and the budget use the larger); JS min is rollup's; lit and @plaza/core included; CSS = ${(budgets.css ?? []).join(', ') || 'none'}.`,
    );
    console.log(`Budgets: ${relative(process.cwd(), budgetsFile) || budgetsFile}\n`);
    console.log(formatTable(rows));
    console.log('');
    for (const note of notes) console.log(`Note: ${note}`);
    if (problems.length) {
      console.error(`Size check failed:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    } else {
      console.log('All sizes are within budget.');
    }
  }
  process.exitCode = problems.length ? 1 : 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}

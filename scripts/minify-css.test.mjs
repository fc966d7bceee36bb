import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cssLiteralChunks, minifyCss, minifyCssLiterals } from './minify-css.mjs';

test('drops comments and needless whitespace, keeping what changes meaning', () => {
  const css = `/* a note */
  :host([width='one-half']) .input-wrapper {
    max-inline-size: 50%;
    font-family: system-ui, 'Segoe UI',  sans-serif;
  }
  .a :hover > b { content: "  two  spaces ; {kept} "; }
  @media (max-width: 40em) { .x { transition: color 100ms cubic-bezier(0.2, 0, 0, 1); } }`;
  assert.equal(
    minifyCss(css),
    `:host([width='one-half']) .input-wrapper{max-inline-size:50%;font-family:system-ui,'Segoe UI',sans-serif}` +
      `.a :hover > b{content:"  two  spaces ; {kept} "}` +
      `@media (max-width:40em){.x{transition:color 100ms cubic-bezier(0.2,0,0,1)}}`,
  );
});

test('drops comments that hold quotes, and keeps comment marks inside strings', () => {
  assert.equal(
    minifyCss(`.a { x: y; } /* not "* + *": slow */ .b { content: "/* kept */"; }`),
    `.a{x:y}.b{content:"/* kept */"}`,
  );
});

test('finds the static text of css literals around ${} holes', () => {
  const code =
    'const a = css `\n  a { color: red; }\n  ${focusRing}\n  b { x: y; }\n`; const t = html`<b>not a style</b>`;';
  const chunks = cssLiteralChunks(code).map(([start, end]) => code.slice(start, end));
  assert.deepEqual(chunks, ['\n  a { color: red; }\n  ', '\n  b { x: y; }\n']);
});

test('the rollup plugin rewrites only css literals and keeps a source map', () => {
  const plugin = minifyCssLiterals();
  const code =
    'const s = css`\n  .a {\n    outline: ${ring};\n  }\n`;\nconst h = html`<p>  keep   me  </p>`;';
  const result = plugin.transform(code, '/repo/packages/components/src/x.js');
  assert.equal(
    result.code,
    'const s = css`.a{outline: ${ring}}`;\nconst h = html`<p>  keep   me  </p>`;',
  );
  assert.ok(result.map.mappings.length > 0);
  assert.equal(plugin.transform('const x = 1;', '/repo/x.js'), null);
});

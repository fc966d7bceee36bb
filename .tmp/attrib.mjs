import { build } from 'esbuild';
import { brotliCompressSync, constants } from 'node:zlib';
const br = (s) => brotliCompressSync(s, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const stubs = {
  load: { filter: /\/load\.js$/, contents: `export function loadFlow(){throw 1}` },
  messages: { filter: /flow\/dist\/messages\.js$/, contents: `export const en={}, es={}` },
  eligibility: { filter: /^@plaza\/eligibility$/, contents: `export class AnswerError extends Error{} export class RuleSetError extends Error{} export const DEFAULT_LIMITS={}; export function checkJsonShape(){return []} export function compileConditions(i){return {evaluate(){return 'met'},missing(){return []}}}` },
};
async function size(entry, stubNames = []) {
  const plugins = stubNames.map((n) => ({ name: n, setup(b) {
    b.onResolve({ filter: stubs[n].filter }, (a) => ({ path: n, namespace: 'stub' }));
    b.onLoad({ filter: new RegExp('^' + n + '$'), namespace: 'stub' }, () => ({ contents: stubs[n].contents, loader: 'js' }));
  } }));
  const r = await build({ stdin: { contents: entry, resolveDir: process.cwd(), loader: 'js' }, bundle: true, minify: true, format: 'esm', platform: 'browser', target: 'es2022', conditions: ['production'], write: false, logLevel: 'silent', legalComments: 'none', plugins });
  const t = r.outputFiles[0].text; return [t.length, br(t)];
}
const controls = `import '@plaza/components/text-field.js';import '@plaza/components/date-input.js';import '@plaza/components/textarea.js';import '@plaza/components/file-upload.js';import '@plaza/components/select.js';import '@plaza/components/radio-group.js';import '@plaza/components/radio.js';import '@plaza/components/checkbox.js';import '@plaza/components/checkbox-group.js';import '@plaza/components/error-summary.js';import '@plaza/components/back-link.js';import '@plaza/components/button.js';import '@plaza/components/summary-list.js';import '@plaza/components/panel.js';import '@plaza/components/alert.js';import '@plaza/components/step-indicator.js';import '@plaza/components/task-list.js';import '@plaza/components/name-input.js';import '@plaza/components/address-input.js';import '@plaza/components/phone-input.js';import '@plaza/components/email-input.js';import '@plaza/components/tin-input.js';import '@plaza/components/money-input.js';`;
const base = await size(controls);
const full = await size(controls + `import '@plaza/components/form-flow.js';`);
const noElig = await size(controls + `import '@plaza/components/form-flow.js';`, ['eligibility']);
const k = (b) => (b / 1024).toFixed(2);
console.log('controls', k(base[0]), k(base[1]));
console.log('with flow', k(full[0]), k(full[1]), 'on top', k(full[1] - base[1]));
console.log('eligibility stubbed', k(noElig[0]), k(noElig[1]), 'eligibility costs', k(full[1] - noElig[1]));

const noLoad = await size(controls + `import '@plaza/components/form-flow.js';`, ['eligibility','load']);
console.log('elig+loader stubbed', k(noLoad[1]), 'loader costs', k(noElig[1]-noLoad[1]));
const noMsg = await size(controls + `import '@plaza/components/form-flow.js';`, ['eligibility','load','messages']);
console.log('+messages stubbed', k(noMsg[1]), 'flow msgs cost', k(noLoad[1]-noMsg[1]), 'remaining on top', k(noMsg[1]-base[1]));
{
const r = await build({ stdin: { contents: controls + `import '@plaza/components/form-flow.js';`, resolveDir: process.cwd(), loader: 'js' }, bundle: true, minify: true, format: 'esm', platform: 'browser', target: 'es2022', conditions: ['production'], write: false, logLevel: 'silent', legalComments: 'none' });
let t = r.outputFiles[0].text;
// crude: strip docs:{summary:"...",example:...} objects
const docs = t.match(/docs:\{summary:("(?:[^"\\]|\\.)*"|`[^`]*`|'(?:[^'\\]|\\.)*')/g) || [];
console.log('docs entries', docs.length, 'chars', docs.reduce((a, b) => a + b.length, 0));
const t2 = t.replace(/summary:("(?:[^"\\]|\\.)*"|`[^`]*`|'(?:[^'\\]|\\.)*')/g, 'summary:""');
console.log('brotli saving if summaries empty', k(br(t) - br(t2)));
}
{
const plugins = ['eligibility','load'].map((n) => ({ name: n, setup(b) {
    b.onResolve({ filter: stubs[n].filter }, (a) => ({ path: n, namespace: 'stub' }));
    b.onLoad({ filter: new RegExp('^' + n + '$'), namespace: 'stub' }, () => ({ contents: stubs[n].contents, loader: 'js' }));
  } }));
const r = await build({ stdin: { contents: `import '@plaza/components/form-flow.js';`, resolveDir: process.cwd(), loader: 'js' }, bundle: true, minify: true, format: 'esm', platform: 'browser', target: 'es2022', conditions: ['production'], write: false, logLevel: 'silent', legalComments: 'none', plugins, metafile: true });
const out = Object.values(r.metafile.outputs)[0];
console.log(Object.entries(out.inputs).filter(([f]) => /flow\/dist|form-flow/.test(f)).sort((a,b)=>b[1].bytesInOutput-a[1].bytesInOutput).map(([f,v])=>`${v.bytesInOutput}\t${f.replace(/.*packages\//,'')}`).join('\n'));
}

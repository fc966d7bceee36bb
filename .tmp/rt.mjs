import { build } from 'esbuild';
import { brotliCompressSync, constants } from 'node:zlib';
const br = (s) => brotliCompressSync(s, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const r = await build({ stdin: { contents: `export {run} from '/work/wt/flow/packages/eligibility/dist/runtime/code.js'; export {createContext} from '/work/wt/flow/packages/eligibility/dist/evaluate/answers.js'; export {settle, reasoning, bounded} from '/work/wt/flow/packages/eligibility/dist/evaluate/ranges.js'; export {collectMissing} from '/work/wt/flow/packages/eligibility/dist/evaluate/missing.js'; export {resolveAsOf} from '/work/wt/flow/packages/eligibility/dist/evaluate/as-of.js';`, resolveDir: process.cwd(), loader: 'js' }, bundle: true, minify: true, format: 'esm', target: 'es2022', write: false, logLevel: 'silent', metafile: true });
const t = r.outputFiles[0].text; console.log('runtime min', t.length, 'brotli', br(t));
const out = Object.values(r.metafile.outputs)[0];
console.log(Object.entries(out.inputs).sort((a,b)=>b[1].bytesInOutput-a[1].bytesInOutput).map(([f,v])=>v.bytesInOutput+' '+f.replace(/.*dist\//,'')).join('\n'));

import { build } from 'esbuild';
const entry = process.argv[2];
const r = await build({ stdin: { contents: entry, resolveDir: process.cwd(), loader: 'js' }, bundle: true, minify: true, format: 'esm', platform: 'browser', target: 'es2022', conditions: ['production'], write: false, metafile: true, logLevel: 'silent', legalComments: 'none' });
const out = Object.values(r.metafile.outputs)[0];
const groups = {};
for (const [f, v] of Object.entries(out.inputs)) {
  const k = f.replace(/^.*?packages\//, '').replace(/^(.*node_modules\/)/,'nm/');
  groups[k] = v.bytesInOutput;
}
const sorted = Object.entries(groups).sort((a,b)=>b[1]-a[1]);
let tot=0; for (const [,b] of sorted) tot+=b;
console.log('total', tot);
const byDir = {};
for (const [k,b] of sorted) { const d = k.split('/').slice(0, k.startsWith('nm/')?3:3).join('/'); byDir[d]=(byDir[d]||0)+b; }
console.log(Object.entries(byDir).sort((a,b)=>b[1]-a[1]).slice(0,40).map(([k,b])=>`${(b/1024).toFixed(1)}\t${k}`).join('\n'));
if (process.argv[3]) console.log(sorted.slice(0,80).map(([k,b])=>`${(b/1024).toFixed(1)}\t${k}`).join('\n'));

import { build } from 'esbuild';
const r = await build({ stdin: { contents: "import '@plaza/components/form-flow.js';", resolveDir: process.cwd(), loader: 'js' }, bundle: true, splitting: true, outdir: '/tmp/split-out', minify: true, format: 'esm', platform: 'browser', target: 'es2022', conditions: ['production'], write: false, metafile: true, logLevel: 'silent' });
for (const [f, o] of Object.entries(r.metafile.outputs)) {
  console.log(f, o.bytes, 'imports:', o.imports.map((i) => i.kind + ':' + i.path.split('/').pop()).join(','));
  console.log('   ', Object.keys(o.inputs).filter((i) => /flow\/dist|eligibility\/dist\/(document|operators)/.test(i)).map((i) => i.split('dist/')[1]).join(' '));
}

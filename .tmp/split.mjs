import { bundle, bundleWithEsbuild, brotliSize } from '../scripts/size.mjs';
const controls = ['text-field','date-input','textarea','file-upload','select','radio-group','radio','checkbox','checkbox-group','error-summary','back-link','button','summary-list','panel','alert','step-indicator','task-list','name-input','address-input','phone-input','email-input','tin-input','money-input'].map((n) => `import '@plaza/components/${n}.js';`).join('');
const k = (b) => (b / 1024).toFixed(2);
for (const [name, code] of [['controls', controls], ['with flow', controls + "import '@plaza/components/form-flow.js';"]]) {
  const es = brotliSize(await bundleWithEsbuild(code));
  const ro = brotliSize(await bundle(code));
  console.log(name, 'esbuild', k(es), 'rollup', k(ro));
}

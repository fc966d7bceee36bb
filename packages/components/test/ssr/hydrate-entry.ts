// What a server-rendered page loads: Lit's hydration support first (LitElement looks for it when
// its module runs, so it must run before lit), then every element.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import '../../src/server.js';

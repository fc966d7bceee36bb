/**
 * `import '@plaza/components/form-flow-definitions.js'`: lets `<plaza-form-flow>` load flow
 * definitions as written and `<plaza-flow-page>` pages, checking them in the browser with
 * @plaza/flow's full loader (about 4.5 KB brotli more). Not needed for compiled flows.
 */
import { loadFlow } from '@plaza/flow';
import { acceptDefinitions } from './load-flow.js';

acceptDefinitions((input) => loadFlow(input));

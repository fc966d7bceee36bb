/**
 * Which loader a definition takes: a compiled flow (`compileFlow`'s output) @plaza/flow's light
 * loader; a definition as written, or one merged with `<plaza-flow-page>` pages, the full loader
 * with every check, which `@plaza/components/form-flow-definitions.js` puts here. A page that only
 * gives compiled flows never carries those checks (decision 0071).
 */
import { FlowUsageError, isCompiledFlow, loadCompiledFlow, type Flow } from '@plaza/flow';

let loadDefinition: ((input: unknown) => Flow) | undefined;

/** Lets `<plaza-form-flow>` load definitions as written, with `load` (@plaza/flow's `loadFlow`). */
export function acceptDefinitions(load: (input: unknown) => Flow): void {
  loadDefinition = load;
}

export function loadAnyFlow(input: unknown): Flow {
  if (isCompiledFlow(input)) return loadCompiledFlow(input);
  if (!loadDefinition)
    throw new FlowUsageError(
      'This is a definition as written, not a compiled flow: compile it with compileFlow when the site is built, or load the module @plaza/components/form-flow-definitions.js to check it in the browser',
    );
  return loadDefinition(input);
}

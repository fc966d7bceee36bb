/**
 * Which loader a definition needs: a compiled flow (`compileFlow`'s output) takes @plaza/flow's
 * light loader; a definition as written, or one merged with authored pages, takes the full loader
 * with every check, fetched only then. A page that gives only compiled flows never loads those
 * checks (decision 0071).
 */
import { isCompiledFlow, loadCompiledFlow, type Flow } from '@plaza/flow';

export async function loadAnyFlow(input: unknown): Promise<Flow> {
  if (isCompiledFlow(input)) return loadCompiledFlow(input);
  const { loadFlow } = await import('@plaza/flow/load.js');
  return loadFlow(input);
}

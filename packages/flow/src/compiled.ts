/**
 * Compiled definitions: the light way into a browser (decision 0071). `compileFlow` (in Node, at
 * build time) runs every check of `loadFlow` and writes the definition as a compiled flow;
 * `loadCompiledFlow` reads one with the bounded walk and the reference checks a navigator needs,
 * without the loader's field checks, graph checks and their messages, so a page that only loads
 * compiled flows does not carry them. The conditions are still compiled where the flow runs.
 */
import { addConditions, ConditionCompiler } from './conditions.js';
import {
  DEFAULT_FLOW_LIMITS,
  FlowDefinitionError,
  FlowLimitError,
  type FlowDefinitionIssue,
  type FlowLimits,
} from './errors.js';
import { indexChecked, type PageNode } from './flow-index.js';
import type { RouteNode } from './graph.js';
import { child, isObject } from './json-path.js';
import type { Flow, LoadOptions } from './load.js';
import { readInput } from './read.js';
import type { FlowDefinition, SectionDefinition } from './types.js';

/** The compiled format's name and version: a reader refuses any other. */
export const COMPILED_FLOW_FORMAT = 'plaza-flow-compiled/1';

/** A definition checked by `compileFlow`, as JSON: what `loadCompiledFlow` reads. */
export interface CompiledFlow {
  format: typeof COMPILED_FLOW_FORMAT;
  definition: FlowDefinition;
}

/**
 * True when `value` says it is a compiled flow (of any version: the loader checks which): an
 * object, or JSON text starting as `compileFlow`'s output does, with `format` first.
 */
export function isCompiledFlow(value: unknown): boolean {
  return typeof value === 'string'
    ? /^\s*\{\s*"format"\s*:\s*"plaza-flow-compiled\//.test(value)
    : isObject(value) &&
        typeof value.format === 'string' &&
        value.format.startsWith('plaza-flow-compiled/');
}

/**
 * Loads a compiled flow (an object or JSON text) written by `compileFlow`. Throws
 * FlowDefinitionError when it is not one this version reads or a reference does not resolve, and
 * FlowLimitError past a limit; the definition's own problems were reported when it was compiled.
 */
export function loadCompiledFlow(input: unknown, options: LoadOptions = {}): Flow {
  const limits: FlowLimits = { ...DEFAULT_FLOW_LIMITS, ...options.limits };
  const data = readInput(input, limits);
  if (!isObject(data) || data.format !== COMPILED_FLOW_FORMAT || !isObject(data.definition))
    throw new FlowDefinitionError([
      {
        path: '$.format',
        message: `must be "${COMPILED_FLOW_FORMAT}": compile the definition again with compileFlow`,
      },
    ]);
  const definition = data.definition as unknown as FlowDefinition;
  try {
    return assemble(definition, limits);
  } catch (error) {
    if (error instanceof FlowDefinitionError || error instanceof FlowLimitError) throw error;
    // A compiled flow that was edited by hand: say so rather than fail somewhere later.
    throw new FlowDefinitionError([
      { path: '$.definition', message: 'is not as compileFlow wrote it: compile it again' },
    ]);
  }
}

function assemble(definition: FlowDefinition, limits: FlowLimits): Flow {
  const index = indexChecked(definition.pages);
  if (index.pages.size > limits.maxPages)
    throw new FlowLimitError('maxPages', `$.definition.pages: more than ${limits.maxPages} pages`);
  if (index.questions.size > limits.maxQuestions)
    throw new FlowLimitError(
      'maxQuestions',
      `$.definition.pages: more than ${limits.maxQuestions} questions`,
    );
  const issues: FlowDefinitionIssue[] = [];
  const missing = (path: string, id: unknown): void =>
    void issues.push({ path, message: `"${String(id).slice(0, 64)}" is not a page in this flow` });
  const resolved = new Map<PageNode, RouteNode[]>();
  for (const page of index.top) {
    const next = (page.def as { next?: { page: string; when?: unknown }[] }).next;
    if (!next) continue;
    const list: RouteNode[] = [];
    next.forEach((route, position) => {
      const path = child(child(page.path, 'next'), position);
      const target = index.pages.get(route.page);
      if (target) list.push({ target, path, when: route.when });
      else missing(child(path, 'page'), route.page);
    });
    resolved.set(page, list);
  }
  const sectionOf = new Map<string, SectionDefinition>();
  definition.sections?.forEach((section, position) =>
    section.pages.forEach((id, slot) => {
      const page = index.pages.get(id);
      if (!page) return missing(child(child(child('$.sections', position), 'pages'), slot), id);
      page.section = section.id;
      sectionOf.set(id, section);
    }),
  );
  const compiler = new ConditionCompiler(index, issues);
  const { routes, showWhen } = addConditions(index, resolved, compiler);
  compiler.compile(limits);
  if (issues.length > 0) throw new FlowDefinitionError(issues);
  return { definition, limits, index, routes, showWhen, sectionOf };
}

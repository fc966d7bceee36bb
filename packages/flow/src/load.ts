/**
 * Loading: a definition in, a checked and compiled `Flow` out, or one FlowDefinitionError that
 * lists every problem with its JSON path. Hostile input (prototype keys, deep nesting, huge
 * lists, long strings) is rejected by the bounded walk before anything else reads it.
 */
import { COMPILED_FLOW_FORMAT, type CompiledFlow } from './compiled.js';
import {
  addConditions,
  checkReadOrder,
  ConditionCompiler,
  type ConditionRef,
} from './conditions.js';
import {
  DEFAULT_FLOW_LIMITS,
  FlowDefinitionError,
  FlowLimitError,
  isValidId,
  type FlowDefinitionIssue,
  type FlowLimits,
} from './errors.js';
import { checkGraph, resolveRoutes } from './graph.js';
import type { FlowIndex, PageNode, QuestionNode } from './flow-index.js';
import { child, isObject } from './json-path.js';
import { readInput } from './read.js';
import { ShapeChecker } from './shape.js';
import type { FlowDefinition, SectionDefinition } from './types.js';

const ROOT_KEYS = new Set([
  '$schema',
  'id',
  'version',
  'name',
  'pages',
  'sections',
  'taskList',
  'checkAnswers',
  'confirmation',
  'messages',
]);

export interface LoadOptions {
  /** Tighter (or looser) limits than DEFAULT_FLOW_LIMITS. */
  limits?: Partial<FlowLimits>;
}

/** A compiled route: where it goes, and its condition (none: always). */
export interface CompiledRoute {
  target: PageNode;
  when: ConditionRef | undefined;
}

/** A loaded, checked definition. Load once; every navigator call reads it and never changes it. */
export interface Flow {
  readonly definition: FlowDefinition;
  readonly limits: Readonly<FlowLimits>;
  /** @internal Pages and questions with their paths and order. */
  readonly index: FlowIndex;
  /** @internal Routes out of each top-level page. */
  readonly routes: ReadonlyMap<PageNode, CompiledRoute[]>;
  /** @internal `showWhen` of pages, groups and questions. */
  readonly showWhen: ReadonlyMap<PageNode | QuestionNode, ConditionRef>;
  /** Top-level page id to its section (when the definition has sections). */
  readonly sectionOf: ReadonlyMap<string, SectionDefinition>;
}

/**
 * Checks and compiles a flow definition (an object or JSON text). Throws FlowDefinitionError
 * naming the JSON path of every problem, or FlowLimitError when the text is too big to read.
 */
export function loadFlow(input: unknown, options: LoadOptions = {}): Flow {
  const limits: FlowLimits = { ...DEFAULT_FLOW_LIMITS, ...options.limits };
  const data = readInput(input, limits);
  if (!isObject(data))
    throw new FlowDefinitionError([
      {
        path: '$',
        message: 'must be an object with "id", "version", "name", "pages" and "confirmation"',
      },
    ]);
  return compile(data, limits);
}

/**
 * Checks a definition as `loadFlow` does (throwing the same errors) and returns it as a compiled
 * flow: write it out as JSON at build time and give it to `<plaza-form-flow>` or
 * `loadCompiledFlow`, which then skip these checks and the code that makes them.
 */
export function compileFlow(input: unknown, options: LoadOptions = {}): CompiledFlow {
  return { format: COMPILED_FLOW_FORMAT, definition: loadFlow(input, options).definition };
}

function compile(raw: Record<string, unknown>, limits: FlowLimits): Flow {
  const checker = new ShapeChecker(limits);
  const issues = checker.issues;
  checker.unknownKeys(raw, ROOT_KEYS, '$');
  if (!isValidId(raw.id))
    checker.fail('$.id', 'must start with a letter and use only letters, digits, "_" and "-"');
  if (typeof raw.version !== 'string' || raw.version.trim() === '')
    checker.fail('$.version', 'must be the definition\'s version, e.g. "1.0.0"');
  checker.text(raw, 'name', '$', true);
  for (const key of ['taskList', 'checkAnswers'])
    if (raw[key] !== undefined && typeof raw[key] !== 'boolean')
      checker.fail(child('$', key), 'must be true or false');
  if (!isObject(raw.confirmation))
    checker.fail('$.confirmation', 'is required: an object with "heading" and optionally "body"');
  else {
    checker.unknownKeys(raw.confirmation, new Set(['heading', 'body']), '$.confirmation');
    checker.text(raw.confirmation, 'heading', '$.confirmation', true);
    checker.text(raw.confirmation, 'body', '$.confirmation', false);
  }
  checkMessages(raw.messages, issues);
  const index = checker.index;
  index.top = checker.pages(raw.pages, '$.pages', undefined, 0);
  const sectionOf = checkSections(raw, index, issues);

  const resolved = resolveRoutes(index, limits.maxRoutes, issues);
  const compiler = new ConditionCompiler(index, issues);
  const { routes, showWhen } = addConditions(
    index,
    resolved,
    compiler,
    checkReadOrder(index, issues),
  );
  if (issues.length === 0) checkGraph(index, resolved, issues);
  compiler.compile(limits);
  if (checker.limitHit) {
    const { limit, path, message } = checker.limitHit;
    throw new FlowLimitError(limit, `${path}: ${message}`);
  }
  if (issues.length > 0) throw new FlowDefinitionError(dedupe(issues));
  return {
    definition: raw as unknown as FlowDefinition,
    limits,
    index,
    routes,
    showWhen,
    sectionOf,
  };
}

function checkMessages(raw: unknown, issues: FlowDefinitionIssue[]): void {
  if (raw === undefined) return;
  if (!isObject(raw)) {
    issues.push({
      path: '$.messages',
      message: 'must be catalogs by language: {"en": {...}, "es": {...}}',
    });
    return;
  }
  for (const [lang, catalog] of Object.entries(raw)) {
    const at = child('$.messages', lang);
    if (!/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(lang))
      issues.push({ path: at, message: 'must be a language tag such as "en" or "es-US"' });
    if (!isObject(catalog)) {
      issues.push({ path: at, message: 'must be an object of messages by key' });
      continue;
    }
    for (const [key, message] of Object.entries(catalog))
      if (
        typeof message !== 'string' &&
        !(isObject(message) && Object.values(message).every((form) => typeof form === 'string'))
      )
        issues.push({
          path: child(at, key),
          message: 'must be text, or plural forms such as {"one": "...", "other": "..."}',
        });
  }
}

function checkSections(
  raw: Record<string, unknown>,
  index: FlowIndex,
  issues: FlowDefinitionIssue[],
): Map<string, SectionDefinition> {
  const sectionOf = new Map<string, SectionDefinition>();
  if (raw.sections === undefined) {
    if (raw.taskList === true)
      issues.push({ path: '$.taskList', message: 'a task list needs "sections" to list' });
    return sectionOf;
  }
  if (!Array.isArray(raw.sections)) {
    issues.push({ path: '$.sections', message: 'must be a list of sections' });
    return sectionOf;
  }
  const ids = new Set<string>();
  raw.sections.forEach((section, position) => {
    const at = child('$.sections', position);
    if (!isObject(section)) {
      issues.push({ path: at, message: 'must be an object with "id", "title" and "pages"' });
      return;
    }
    if (!isValidId(section.id) || ids.has(section.id))
      issues.push({
        path: child(at, 'id'),
        message: 'must be a unique id (letters, digits, "_", "-")',
      });
    else ids.add(section.id);
    if (typeof section.title !== 'string' || section.title.trim() === '')
      issues.push({
        path: child(at, 'title'),
        message: 'must be a message key or plain text, not empty',
      });
    if (!Array.isArray(section.pages) || section.pages.length === 0) {
      issues.push({
        path: child(at, 'pages'),
        message: "must list the ids of the section's pages",
      });
      return;
    }
    section.pages.forEach((id, slot) => {
      const where = child(child(at, 'pages'), slot);
      const page = typeof id === 'string' ? index.pages.get(id) : undefined;
      if (!page || page.group)
        issues.push({
          path: where,
          message: `"${String(id).slice(0, 64)}" is not a top-level page`,
        });
      else if (sectionOf.has(page.id))
        issues.push({
          path: where,
          message: `"${page.id}" is already in section "${sectionOf.get(page.id)?.id}"`,
        });
      else {
        sectionOf.set(page.id, section as unknown as SectionDefinition);
        page.section = section.id as string;
      }
    });
  });
  if (raw.taskList === true)
    for (const page of index.top)
      if (!sectionOf.has(page.id))
        issues.push({
          path: page.path,
          message: `"${page.id}" is in no section, so the task list cannot reach it`,
        });
  return sectionOf;
}

function dedupe(issues: FlowDefinitionIssue[]): FlowDefinitionIssue[] {
  const seen = new Set<string>();
  return issues.filter((issue) => {
    const key = `${issue.path}\n${issue.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

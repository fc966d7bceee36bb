/** Checking programs and their criteria, and ordering programs after those they depend on. */
import { DEFAULT_MESSAGES } from '../compiled.js';
import type { CompiledCriterion, CompiledProgram } from '../compiled.js';
import { Checker, ID, isObject } from './checker.js';
import { loadNextSteps, NEXT_STEP_FIELDS } from './next-steps.js';
import { child } from './read-json.js';
import { livesIn } from '../operators/conditions.js';
import type { CompiledNode } from '../runtime/tree.js';
import type { Citation, Period, Program } from '../types.js';
import { PERIODS } from '../values.js';

export function loadPrograms(c: Checker, raw: unknown): CompiledProgram[] {
  if (!Array.isArray(raw)) {
    c.fail('$.programs', 'is required and must be a list of programs');
    return [];
  }
  if (raw.length > c.limits.maxPrograms) {
    c.fail('$.programs', `has more than ${c.limits.maxPrograms} programs`);
    return [];
  }
  const ids = new Map<string, number>();
  raw.forEach((program, index) => {
    if (isObject(program) && typeof program.id === 'string') {
      if (ids.has(program.id))
        c.fail(
          child(child('$.programs', index), 'id'),
          `"${program.id}" is used by another program`,
        );
      else ids.set(program.id, index);
    }
  });
  const compiled: (CompiledProgram | undefined)[] = raw.map((program, index) =>
    loadProgram(c, program, child('$.programs', index), ids),
  );
  if (compiled.some((program) => program === undefined)) return [];
  return order(c, compiled as CompiledProgram[]);
}

/** Orders programs so every program comes after the programs it requires or excludes. */
export function order(c: Checker, programs: CompiledProgram[]): CompiledProgram[] {
  const byId = new Map(programs.map((program) => [program.source.id, program]));
  const state = new Map<string, 'visiting' | 'done'>();
  const ordered: CompiledProgram[] = [];
  const visit = (program: CompiledProgram, trail: string[]): void => {
    const id = program.source.id;
    if (state.get(id) === 'done') return;
    if (state.get(id) === 'visiting') {
      c.fail(
        `$.programs[${programs.indexOf(program)}]`,
        `requires or excludes itself through ${[...trail, id].join(' -> ')}`,
      );
      return;
    }
    state.set(id, 'visiting');
    for (const dependency of [
      ...(program.source.requires ?? []),
      ...(program.source.excludes ?? []),
    ]) {
      const other = byId.get(dependency);
      if (other) visit(other, [...trail, id]);
    }
    state.set(id, 'done');
    ordered.push(program);
  };
  for (const program of programs) visit(program, []);
  return ordered;
}

export function loadProgram(
  c: Checker,
  raw: unknown,
  path: string,
  ids: Map<string, number>,
): CompiledProgram | undefined {
  if (!isObject(raw)) {
    c.fail(path, 'must be an object with "id", "name", "agency" and "criteria"');
    return undefined;
  }
  c.unknownKeys(
    raw,
    new Set([
      'id',
      'name',
      'description',
      'agency',
      'jurisdiction',
      'criteria',
      'links',
      'requires',
      'excludes',
      'citations',
      ...NEXT_STEP_FIELDS,
    ]),
    path,
  );
  const id = c.requireString(raw, 'id', path);
  if (id !== undefined && !ID.test(id))
    c.fail(
      child(path, 'id'),
      'must start with a letter and use only letters, digits, ".", "_" and "-"',
    );
  c.requireString(raw, 'name', path);
  c.requireString(raw, 'agency', path);
  c.optionalString(raw, 'description', path);
  c.usedParams = new Set();
  const criteria: CompiledCriterion[] = [];
  if (raw.jurisdiction !== undefined) {
    const at = child(path, 'jurisdiction');
    if (!isObject(raw.jurisdiction)) c.fail(at, 'must be an object such as {"state": "CA"}');
    else if (
      raw.jurisdiction.state !== undefined ||
      raw.jurisdiction.county !== undefined ||
      raw.jurisdiction.city !== undefined
    ) {
      const node = livesIn(c, raw.jurisdiction, at);
      if (node) {
        criteria.push({
          id: 'residence',
          node,
          messages: {
            met: 'eligibility.criterion.residence.met',
            unmet: 'eligibility.criterion.residence.unmet',
            unknown: 'eligibility.criterion.residence.unknown',
          },
          args: [],
          period: 'month',
        });
      }
    }
  }
  if (!Array.isArray(raw.criteria) || raw.criteria.length === 0) {
    c.fail(child(path, 'criteria'), 'needs at least one criterion');
  } else {
    const seen = new Set<string>();
    raw.criteria.forEach((criterion, index) => {
      const compiled = loadCriterion(c, criterion, child(child(path, 'criteria'), index));
      if (!compiled) return;
      if (seen.has(compiled.id) || compiled.id === 'residence') {
        c.fail(
          child(child(child(path, 'criteria'), index), 'id'),
          `"${compiled.id}" is used twice in this program`,
        );
      }
      seen.add(compiled.id);
      criteria.push(compiled);
    });
  }
  for (const key of ['requires', 'excludes'] as const) {
    const list = raw[key];
    if (list === undefined) continue;
    if (!Array.isArray(list) || !list.every((item) => typeof item === 'string')) {
      c.fail(child(path, key), 'must be a list of program ids');
      continue;
    }
    list.forEach((other, index) => {
      if (!ids.has(other))
        c.fail(child(child(path, key), index), `no program has the id "${other}"`);
      if (other === id)
        c.fail(child(child(path, key), index), 'a program cannot require or exclude itself');
    });
  }
  if (raw.links !== undefined) {
    if (!isObject(raw.links))
      c.fail(child(path, 'links'), 'must be an object with "apply" and/or "learnMore" addresses');
    else {
      c.unknownKeys(raw.links, new Set(['apply', 'learnMore']), child(path, 'links'));
      for (const [key, url] of Object.entries(raw.links)) {
        if (typeof url !== 'string' || !/^https?:\/\//.test(url))
          c.fail(child(child(path, 'links'), key), 'must be an http(s) address');
      }
    }
  }
  if (raw.citations !== undefined) {
    if (!Array.isArray(raw.citations))
      c.fail(child(path, 'citations'), 'must be a list of citations');
    else
      raw.citations.forEach((citation, index) =>
        c.checkCitation(citation, child(child(path, 'citations'), index), true),
      );
  }
  const nextSteps = loadNextSteps(c, raw, path);
  if (id === undefined) return undefined;
  const source = raw as unknown as Program;
  const citations: Citation[] = [];
  for (const citation of [
    ...(source.citations ?? []),
    ...criteria.map((criterion) => criterion.citation),
  ]) {
    if (citation && !citations.some((other) => other.url === citation.url))
      citations.push({ ...citation });
  }
  return {
    source,
    criteria,
    params: [...c.usedParams],
    dependencies: [
      ...(source.requires ?? []).map((other) => ['requires', other] as ['requires', string]),
      ...(source.excludes ?? []).map((other) => ['excludes', other] as ['excludes', string]),
    ],
    dependencyIndexes: [],
    roots: [],
    citations: Object.freeze(citations) as Citation[],
    links: Object.freeze({ ...(source.links ?? {}) }),
    nextSteps,
  };
}

export function loadCriterion(
  c: Checker,
  raw: unknown,
  path: string,
): CompiledCriterion | undefined {
  if (!isObject(raw)) {
    c.fail(path, 'must be an object with "id" and "when"');
    return undefined;
  }
  c.unknownKeys(raw, new Set(['id', 'when', 'messages', 'args', 'period', 'citation']), path);
  const id = c.requireString(raw, 'id', path);
  if (id !== undefined && !ID.test(id))
    c.fail(
      child(path, 'id'),
      'must start with a letter and use only letters, digits, ".", "_" and "-"',
    );
  if (!('when' in raw))
    c.fail(child(path, 'when'), 'is required: the condition this criterion tests');
  const node = 'when' in raw ? c.condition(raw.when, child(path, 'when'), 0, undefined) : undefined;
  const messages = { ...DEFAULT_MESSAGES };
  if (raw.messages !== undefined) {
    if (!isObject(raw.messages))
      c.fail(
        child(path, 'messages'),
        'must be an object with "met", "unmet" and "unknown" message keys',
      );
    else {
      c.unknownKeys(raw.messages, new Set(['met', 'unmet', 'unknown']), child(path, 'messages'));
      for (const key of ['met', 'unmet', 'unknown'] as const) {
        const message = raw.messages[key];
        if (message === undefined) continue;
        if (typeof message !== 'string')
          c.fail(child(child(path, 'messages'), key), 'must be a message key');
        else messages[key] = message;
      }
    }
  }
  const args: [string, CompiledNode][] = [];
  if (raw.args !== undefined) {
    if (!isObject(raw.args)) c.fail(child(path, 'args'), 'must be an object of named expressions');
    else {
      for (const [name, expression] of Object.entries(raw.args)) {
        if (!/^\w+$/.test(name))
          c.fail(
            child(child(path, 'args'), name),
            'argument names use only letters, digits and "_"',
          );
        const compiled = c.expression(expression, child(child(path, 'args'), name), 0, undefined);
        if (compiled) args.push([name, compiled]);
      }
    }
  }
  let period: Period = 'month';
  if (raw.period !== undefined) {
    if (!PERIODS.includes(raw.period as Period))
      c.fail(child(path, 'period'), `must be one of: ${PERIODS.join(', ')}`);
    else period = raw.period as Period;
  }
  const citation = c.checkCitation(raw.citation, child(path, 'citation'), false);
  if (id === undefined || !node) return undefined;
  return { id, node, messages, args, period, ...(citation ? { citation } : {}) };
}

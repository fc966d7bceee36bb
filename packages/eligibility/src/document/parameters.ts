/** Checking a rule set's dated, cited parameters and its message catalogs. */
import { Checker, ID, isObject } from './checker.js';
import { child } from './read-json.js';
import { BUILT_IN_PARAMETERS } from '../poverty-guidelines.js';
import type { CompiledParameter, ResolvedParameter } from '../runtime/context.js';
import type { ParameterDefinition, Period, PovertyGuidelines } from '../types.js';
import { PERIODS, parseIsoDate } from '../values.js';

export function loadParameters(c: Checker, raw: unknown): void {
  const all: Record<string, unknown> = { ...BUILT_IN_PARAMETERS };
  if (raw !== undefined) {
    if (!isObject(raw)) c.fail('$.parameters', 'must be an object of parameters by id');
    else Object.assign(all, raw);
  }
  for (const [id, definition] of Object.entries(all)) {
    const path = child('$.parameters', id);
    if (!ID.test(id))
      c.fail(
        path,
        'parameter ids must start with a letter and use only letters, digits, ".", "_" and "-"',
      );
    const compiled = loadParameter(c, id, definition, path);
    if (compiled) c.params.set(id, compiled);
  }
}

export function loadParameter(
  c: Checker,
  id: string,
  raw: unknown,
  path: string,
): CompiledParameter | undefined {
  if (!isObject(raw)) {
    c.fail(path, 'must be an object with "type" and dated "values"');
    return undefined;
  }
  c.unknownKeys(raw, new Set(['type', 'period', 'rounding', 'values', 'description']), path);
  const types = ['number', 'money', 'text', 'boolean', 'table', 'povertyGuidelines'];
  if (!types.includes(raw.type as string)) {
    c.fail(child(path, 'type'), `must be one of: ${types.join(', ')}`);
    return undefined;
  }
  const definition = raw as unknown as ParameterDefinition;
  if (raw.period !== undefined && !PERIODS.includes(raw.period as Period))
    c.fail(child(path, 'period'), `must be one of: ${PERIODS.join(', ')}`);
  if (raw.rounding !== undefined) c.checkRounding(raw.rounding, child(path, 'rounding'));
  if (!Array.isArray(raw.values) || raw.values.length === 0) {
    c.fail(
      child(path, 'values'),
      'needs at least one dated value with "from", "value" and "citation"',
    );
    return undefined;
  }
  const entries: { date: number; resolved: ResolvedParameter }[] = [];
  raw.values.forEach((entry, index) => {
    const at = child(child(path, 'values'), index);
    if (!isObject(entry)) {
      c.fail(at, 'must be an object with "from", "value" and "citation"');
      return;
    }
    c.unknownKeys(entry, new Set(['from', 'value', 'citation', 'note']), at);
    const date = typeof entry.from === 'string' ? parseIsoDate(entry.from) : undefined;
    if (date === undefined) c.fail(child(at, 'from'), 'must be a date written YYYY-MM-DD');
    const citation = c.checkCitation(entry.citation, child(at, 'citation'), true);
    const value = checkParameterValue(c, definition, entry.value, child(at, 'value'));
    if (date !== undefined && citation && value !== undefined) {
      if (entries.some((other) => other.date === date))
        c.fail(child(at, 'from'), 'two values take effect on the same date');
      entries.push({ date, resolved: { value, citation, from: entry.from as string } });
    }
  });
  entries.sort((a, b) => a.date - b.date);
  return {
    id,
    definition,
    dates: entries.map((entry) => entry.date),
    values: entries.map((entry) => entry.resolved),
  };
}

export function checkParameterValue(
  c: Checker,
  definition: ParameterDefinition,
  value: unknown,
  path: string,
): ResolvedParameter['value'] | undefined {
  switch (definition.type) {
    case 'number':
      if (typeof value === 'number') return value;
      break;
    case 'money': {
      if (typeof value === 'number') return value * c.conversions[definition.period ?? 'month'];
      break;
    }
    case 'text':
      if (typeof value === 'string') return value;
      break;
    case 'boolean':
      if (typeof value === 'boolean') return value;
      break;
    case 'table': {
      if (!isObject(value)) break;
      const table = new Map<string, number>();
      for (const [key, entry] of Object.entries(value)) {
        if (typeof entry !== 'number') {
          c.fail(child(path, key), 'table values must be numbers');
          return undefined;
        }
        table.set(key, definition.period ? entry * c.conversions[definition.period] : entry);
      }
      return table;
    }
    case 'povertyGuidelines': {
      if (!isObject(value) || typeof value.year !== 'number') break;
      for (const area of ['contiguous', 'alaska', 'hawaii']) {
        const schedule = value[area];
        if (schedule === undefined) continue;
        const at = child(path, area);
        if (
          !isObject(schedule) ||
          !Array.isArray(schedule.amounts) ||
          !schedule.amounts.every((n) => typeof n === 'number' && n > 0)
        ) {
          c.fail(
            at,
            'must have "amounts": a list of positive annual amounts for 1, 2, 3... people',
          );
          return undefined;
        }
        if (
          schedule.perAdditionalPerson !== undefined &&
          (typeof schedule.perAdditionalPerson !== 'number' || schedule.perAdditionalPerson <= 0)
        ) {
          c.fail(child(at, 'perAdditionalPerson'), 'must be a positive number');
          return undefined;
        }
      }
      return value as unknown as PovertyGuidelines;
    }
  }
  c.fail(path, `is not a valid ${definition.type} value`);
  return undefined;
}

export function loadMessages(c: Checker, raw: unknown): void {
  if (raw === undefined) return;
  if (!isObject(raw)) {
    c.fail('$.messages', 'must be an object of catalogs by language');
    return;
  }
  for (const [lang, catalog] of Object.entries(raw)) {
    const path = child('$.messages', lang);
    if (!/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(lang))
      c.fail(path, 'must be keyed by a language tag such as "en" or "es-MX"');
    if (!isObject(catalog)) {
      c.fail(path, 'must be an object of messages by key');
      continue;
    }
    for (const [key, message] of Object.entries(catalog)) {
      if (typeof message === 'string') continue;
      if (
        isObject(message) &&
        Object.entries(message).every(
          ([form, text]) =>
            ['zero', 'one', 'two', 'few', 'many', 'other'].includes(form) &&
            typeof text === 'string',
        )
      )
        continue;
      c.fail(child(path, key), 'must be text or plural forms (zero, one, two, few, many, other)');
    }
  }
}

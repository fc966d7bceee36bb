/**
 * Reading a household's answers: only declared facts, as own properties, checked against each
 * fact's type and normalised into array slots (money monthly, dates as YYYYMMDD, places
 * normalised). Anything that is not plain data is an AnswerError naming its path.
 */
import type { CompiledRuleSet } from '../compiled.js';
import { AnswerError, EligibilityError, FORBIDDEN_KEYS, LimitError } from '../errors.js';
import { MAX_CITY_LENGTH, PARAMETER_CACHE_DATES } from '../limits.js';
import type { EvalContext, MemberRecord, Place, RuntimeValue } from '../runtime/context.js';
import type { FactDefinition, Period } from '../types.js';
import { PERIODS, STATE_CODES, parseIsoDate } from '../values.js';

/** What reading answers and building a context needs: a rule set, or a set of conditions. */
export type AnswerModel = Pick<
  CompiledRuleSet,
  | 'factList'
  | 'factPaths'
  | 'slots'
  | 'limits'
  | 'conversions'
  | 'leapDay'
  | 'parameters'
  | 'paramCache'
>;

/** Builds the evaluation context: answers checked and normalised, parameters for the date. */
export function createContext(compiled: AnswerModel, answers: unknown, asOf: number): EvalContext {
  let params = compiled.paramCache.get(asOf);
  if (!params) {
    if (compiled.paramCache.size > PARAMETER_CACHE_DATES) compiled.paramCache.clear();
    params = new Map();
    compiled.paramCache.set(asOf, params);
  }
  return {
    facts: readAnswers(compiled, answers),
    slots: compiled.slots,
    member: undefined,
    asOf,
    params,
    allParams: compiled.parameters as Map<string, never>,
    work: 0,
    maxWork: compiled.limits.maxWork,
    leapDay: compiled.leapDay,
    conversions: compiled.conversions,
    used: undefined,
  };
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/**
 * Answers that are not plain data can throw while being read (a getter, a Proxy trap): that is
 * an AnswerError like any other bad answer, never an error of the caller's own type.
 */
function readAnswers(compiled: AnswerModel, answers: unknown): RuntimeValue[] {
  try {
    return normalizeAnswers(compiled, answers);
  } catch (error) {
    if (error instanceof EligibilityError) throw error;
    throw new AnswerError('$', 'answers must be plain data; reading them failed');
  }
}

/** Reads only declared facts, as own properties: nothing in the answers can reach a prototype. */
function normalizeAnswers(compiled: AnswerModel, answers: unknown): RuntimeValue[] {
  const facts: RuntimeValue[] = new Array<RuntimeValue>(compiled.factList.length).fill(undefined);
  if (answers === undefined || answers === null) return facts;
  if (!isPlainObject(answers))
    throw new AnswerError('$', 'answers must be an object of answers by fact id');
  rejectForbiddenKeys(answers, '$');
  const list = compiled.factList;
  for (let slot = 0; slot < list.length; slot++) {
    const fact = list[slot];
    // Fact ids never name an Object.prototype member (the loader rejects them), so a value found
    // here is the answer's own property.
    const raw = answers[fact.id];
    if (raw !== undefined)
      facts[slot] = normalizeAnswer(compiled, fact, raw, compiled.factPaths[slot]);
  }
  return facts;
}

function rejectForbiddenKeys(answers: Record<string, unknown>, path: string): void {
  for (const key of FORBIDDEN_KEYS) {
    if (Object.hasOwn(answers, key))
      throw new AnswerError(`${path}.${key}`, `uses the forbidden key "${key}"`);
  }
}

function normalizeAnswer(
  compiled: AnswerModel,
  fact: FactDefinition,
  raw: unknown,
  path: string,
): RuntimeValue {
  if (raw === undefined || raw === null) return undefined;
  const limits = compiled.limits;
  if (typeof raw === 'string' && raw.length > limits.maxStringLength)
    throw new AnswerError(path, 'is too long');
  switch (fact.type) {
    case 'boolean':
      if (typeof raw === 'boolean') return raw;
      throw new AnswerError(path, 'must be true or false');
    case 'number':
      if (typeof raw === 'number' && Number.isFinite(raw)) return raw;
      throw new AnswerError(path, 'must be a number');
    case 'money': {
      if (typeof raw === 'number' && Number.isFinite(raw))
        return raw * compiled.conversions[fact.period ?? 'month'];
      if (
        isPlainObject(raw) &&
        typeof raw.amount === 'number' &&
        Number.isFinite(raw.amount) &&
        PERIODS.includes(raw.period as Period)
      ) {
        return raw.amount * compiled.conversions[raw.period as Period];
      }
      throw new AnswerError(path, 'must be an amount, or {"amount": 2100, "period": "month"}');
    }
    case 'date': {
      const date = typeof raw === 'string' ? parseIsoDate(raw) : undefined;
      if (date === undefined) throw new AnswerError(path, 'must be a date written YYYY-MM-DD');
      return date;
    }
    case 'enum':
      if (typeof raw === 'string' && (fact.options ?? []).includes(raw)) return raw;
      throw new AnswerError(path, `must be one of: ${(fact.options ?? []).join(', ')}`);
    case 'text':
      if (typeof raw === 'string') return raw;
      throw new AnswerError(path, 'must be text');
    case 'jurisdiction': {
      if (!isPlainObject(raw))
        throw new AnswerError(
          path,
          'must be {"state": "CA", "county": "06037", "city": "Los Angeles"}',
        );
      const place: Place = {};
      if (raw.state !== undefined && raw.state !== null) {
        const state = typeof raw.state === 'string' ? raw.state.trim().toUpperCase() : '';
        if (!STATE_CODES.has(state))
          throw new AnswerError(
            `${path}.state`,
            'must be a two-letter state or territory postal code',
          );
        place.state = state;
      }
      if (raw.county !== undefined && raw.county !== null) {
        if (typeof raw.county !== 'string' || !/^\d{5}$/.test(raw.county))
          throw new AnswerError(`${path}.county`, 'must be a five-digit county FIPS code');
        place.county = raw.county;
      }
      if (raw.city !== undefined && raw.city !== null) {
        if (typeof raw.city !== 'string' || raw.city.length > MAX_CITY_LENGTH)
          throw new AnswerError(`${path}.city`, 'must be a city name');
        place.city = raw.city.trim().toLowerCase();
      }
      return place;
    }
    case 'members': {
      if (!Array.isArray(raw)) throw new AnswerError(path, 'must be a list of household members');
      if (raw.length > limits.maxMembers)
        throw new LimitError(`${path} lists more than ${limits.maxMembers} household members`);
      return raw.map((member, index) => {
        const at = `${path}[${index}]`;
        if (!isPlainObject(member))
          throw new AnswerError(at, 'each household member must be an object');
        rejectForbiddenKeys(member, at);
        const memberFacts = fact.facts ?? [];
        const record: MemberRecord = new Array<RuntimeValue>(memberFacts.length).fill(undefined);
        for (let slot = 0; slot < memberFacts.length; slot++) {
          const memberFact = memberFacts[slot];
          if (Object.hasOwn(member, memberFact.id)) {
            record[slot] = normalizeAnswer(
              compiled,
              memberFact,
              member[memberFact.id],
              `${at}.${memberFact.id}`,
            );
          }
        }
        return record;
      }) as MemberRecord[];
    }
  }
}

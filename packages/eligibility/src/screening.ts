/**
 * Screening: which question to ask next. DOM-free so a screener element, a server and the tests
 * all choose questions the same way (decision 0045). The rule is the engine's own idea of
 * "could change a result": a fact is asked only while it is in the `missing` list of a program
 * that is still "maybe", so a question that can no longer change any result is never asked.
 */
import { loaded } from './document/rule-set.js';
import type { CompiledRuleSet } from './compiled.js';
import { evaluate } from './evaluate.js';
import type {
  Answers,
  EvaluateOptions,
  EvaluationResult,
  FactDefinition,
  RuleSet,
} from './types.js';

/** `declined` holds the questions answered "I don't know" or "Prefer not to say". */
export interface ScreeningOptions extends EvaluateOptions {
  /**
   * The agency's preferred order among equally useful questions: fact ids, and member facts as
   * `members.fact` (e.g. `householdMembers.dateOfBirth`). Unlisted facts follow in rule-set order.
   */
  order?: readonly string[];
}

/** A question that could still change a result, and the programs it could settle. */
export interface Candidate {
  /** The fact path: `monthlyIncome`, or `householdMembers[1].dateOfBirth` for a member. */
  id: string;
  /** Ids of the still-"maybe" programs whose result this answer could change. */
  programs: string[];
}

export interface ScreeningStep {
  result: EvaluationResult;
  /** The question to ask now, or undefined when no answer could change any result. */
  next: string | undefined;
  /** Every question worth asking now, best first (`next` is the first). */
  candidates: Candidate[];
  /**
   * About how many questions are left: the questions worth asking now, plus the member questions
   * a household list would bring when the list itself is still to be asked. An estimate, since
   * each answer can settle programs (fewer questions) or open member questions (more).
   */
  remaining: number;
}

/** A fact path split into its parts: `householdMembers[1].dateOfBirth`. */
export interface FactPath {
  fact: string;
  member?: { index: number; fact: string };
}

const MEMBER_PATH = /^([^[\]]+)\[(\d+)\]\.([^[\]]+)$/;

export function parseFactPath(id: string): FactPath {
  const match = MEMBER_PATH.exec(id);
  return match
    ? { fact: match[1], member: { index: Number(match[2]), fact: match[3] } }
    : { fact: id };
}

/** The definition behind a fact path (a member fact's own definition for member paths). */
export function factDefinition(ruleSet: CompiledRuleSet, id: string): FactDefinition | undefined {
  const path = parseFactPath(id);
  const fact = ruleSet.facts.get(path.fact);
  if (!path.member) return fact;
  return fact?.facts?.find((candidate) => candidate.id === path.member?.fact);
}

/** The answer at a fact path, or undefined. */
export function readFact(answers: Answers, id: string): unknown {
  const path = parseFactPath(id);
  if (!Object.hasOwn(answers, path.fact)) return undefined;
  const value = answers[path.fact];
  if (!path.member) return value;
  if (!Array.isArray(value)) return undefined;
  const member: unknown = value[path.member.index];
  return typeof member === 'object' && member !== null && Object.hasOwn(member, path.member.fact)
    ? (member as Record<string, unknown>)[path.member.fact]
    : undefined;
}

/**
 * A copy of `answers` with the answer at `id` set (undefined removes it). Member lists are
 * copied, never changed in place; a member index past the list's end is refused.
 */
export function writeFact(answers: Answers, id: string, value: unknown): Answers {
  const path = parseFactPath(id);
  const next: Answers = { ...answers };
  if (!path.member) {
    if (value === undefined) delete next[path.fact];
    else next[path.fact] = value;
    return next;
  }
  const list = Array.isArray(answers[path.fact])
    ? [...(answers[path.fact] as Record<string, unknown>[])]
    : [];
  if (path.member.index >= list.length)
    throw new RangeError(`There is no member ${path.member.index} in "${path.fact}".`);
  const member = { ...list[path.member.index] };
  if (value === undefined) delete member[path.member.fact];
  else member[path.member.fact] = value;
  list[path.member.index] = member;
  next[path.fact] = list;
  return next;
}

/** Evaluates the answers and picks the question that could settle the most "maybe" programs. */
export function screen(
  ruleSet: CompiledRuleSet | RuleSet | string,
  answers: Answers,
  options: ScreeningOptions = {},
): ScreeningStep {
  const compiled = loaded(ruleSet);
  const declined = new Set(options.declined ?? []);
  const result = evaluate(compiled, answers, { ...options, declined });
  const settles = new Map<string, string[]>();
  for (const program of result.programs) {
    for (const id of program.missing) {
      if (declined.has(id)) continue;
      const list = settles.get(id);
      if (list) list.push(program.id);
      else settles.set(id, [program.id]);
    }
  }
  const rank = ranker(compiled, options.order ?? []);
  const candidates = [...settles]
    .map(([id, programs]) => ({ id, programs }))
    .sort((a, b) => b.programs.length - a.programs.length || rank(a.id) - rank(b.id));
  let remaining = candidates.length;
  for (const candidate of candidates) {
    const members = compiled.facts.get(candidate.id)?.facts;
    if (members) remaining += members.length;
  }
  return { result, next: candidates[0]?.id, candidates, remaining };
}

/** Agency order first, then the rule set's fact order, then member by member. */
function ranker(compiled: CompiledRuleSet, order: readonly string[]): (id: string) => number {
  const preferred = new Map(order.map((id, index) => [id, index]));
  const factOrder = new Map(compiled.source.facts.map((fact, index) => [fact.id, index]));
  const MEMBER_STEP = 1_000;
  return (id) => {
    const path = parseFactPath(id);
    const key = path.member ? `${path.fact}.${path.member.fact}` : path.fact;
    const agency = preferred.get(key) ?? order.length;
    let position = (factOrder.get(path.fact) ?? factOrder.size) * MEMBER_STEP * MEMBER_STEP;
    if (path.member) {
      const memberFacts = compiled.facts.get(path.fact)?.facts ?? [];
      position +=
        (path.member.index + 1) * MEMBER_STEP +
        memberFacts.findIndex((fact) => fact.id === path.member?.fact);
    }
    return agency * MEMBER_STEP ** 3 + position;
  };
}

/**
 * Which answers still count, replaying them in the order they were given: an answer counts when
 * the screener would still have asked for it given the answers that counted before it. The
 * others are kept (a resident may change an answer back) but no longer change any result.
 */
export function answersInUse(
  ruleSet: CompiledRuleSet | RuleSet | string,
  answers: Answers,
  asked: readonly string[],
  options: EvaluateOptions = {},
): Set<string> {
  const compiled = loaded(ruleSet);
  const used = new Set<string>();
  let replay: Answers = {};
  let missing = new Set(evaluate(compiled, replay, options).missing);
  for (const id of asked) {
    const value = readFact(answers, id);
    if (value === undefined || value === null || !missing.has(id)) continue;
    const path = parseFactPath(id);
    // A member list counts as its size here; each member's answers count (or not) on their own.
    const stored =
      !path.member && Array.isArray(value)
        ? value.map(() => ({}) as Record<string, unknown>)
        : value;
    replay = writeFact(replay, id, stored);
    used.add(id);
    missing = new Set(evaluate(compiled, replay, options).missing);
  }
  return used;
}

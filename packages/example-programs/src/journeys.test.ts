import {
  evaluateStatuses,
  factDefinition,
  loadRuleSet,
  parseFactPath,
  readFact,
  writeFact,
  type Answers,
  type CompiledRuleSet,
  type FactDefinition,
} from '@plaza/eligibility';
import { examplePrograms, exampleJourneys, walkJourney, type Journey } from './index.js';

function check(condition: unknown, message: string): void {
  if (!condition) throw new Error(message);
}

const compiled = loadRuleSet(examplePrograms);
const everyone = exampleJourneys.flatMap(
  (journey) => (journey.answers.householdMembers as Record<string, unknown>[] | undefined) ?? [],
);

/** Values to try for a fact, wide enough to cross every limit in the example pack. */
function probes(fact: FactDefinition): unknown[] {
  switch (fact.type) {
    case 'boolean':
      return [true, false];
    case 'money':
    case 'number':
      return [0, 500, 1500, 2500, 4000, 6000, 20000];
    case 'date':
      return ['1940-01-01', '1960-06-01', '1990-01-01', '2008-01-01', '2018-01-01', '2025-12-01'];
    case 'enum':
      return fact.options ?? [];
    case 'jurisdiction':
      return ['CA', 'TX', 'OH', 'AK', 'HI', 'PR'].map((state) => ({ state }));
    case 'members':
      return [1, 2, 4, 9].map((size) => everyone.slice(0, size));
    default:
      return ['text'];
  }
}

/**
 * The answers so far, with every other fact filled from `source` (a household's answers) except
 * the declined ones, which stay unknown as they would for the resident.
 */
function completion(so: Answers, declined: string[], source: Answers): Answers {
  let filled: Answers = { ...source, ...so };
  const list = so.householdMembers as Record<string, unknown>[] | undefined;
  const sourceList = (source.householdMembers as Record<string, unknown>[] | undefined) ?? [];
  if (list)
    filled.householdMembers = list.map((member, index) => ({
      ...(sourceList[index] ?? everyone[index % everyone.length]),
      ...member,
    }));
  for (const id of declined) filled = writeFact(filled, id, undefined);
  return filled;
}

/**
 * A completion where every other member not yet asked about this fact answers it alike (nobody
 * else goes to school, say): a member's answer can matter only in such a household, which the
 * other journeys' households need not include.
 */
function othersAlike(
  base: Answers,
  so: Answers,
  declined: string[],
  id: string,
  value: unknown,
): Answers {
  const path = parseFactPath(id);
  const list = (base[path.fact] as unknown[] | undefined) ?? [];
  let filled = base;
  list.forEach((_, index) => {
    const other = `${path.fact}[${index}].${path.member?.fact}`;
    if (index === path.member?.index || declined.includes(other)) return;
    if (readFact(so, other) === undefined) filled = writeFact(filled, other, value);
  });
  return filled;
}

const key = (answers: Answers, asOf: string) =>
  evaluateStatuses(compiled, answers, { asOf }).statuses.join();

/** True when some answer to `id`, in some completion of the household, changes a status. */
function couldChange(
  ruleSet: CompiledRuleSet,
  journey: Journey,
  so: Answers,
  declined: string[],
  id: string,
): boolean {
  const fact = factDefinition(ruleSet, id) as FactDefinition;
  const path = parseFactPath(id);
  const bases = [journey.answers, ...exampleJourneys.map((other) => other.answers)].map((source) =>
    completion(so, declined, source),
  );
  if (path.member)
    for (const value of probes(fact)) bases.push(othersAlike(bases[0], so, declined, id, value));
  for (const base of bases) {
    const seen = new Set<string>();
    for (const value of probes(fact)) {
      if (path.member && !Array.isArray(base.householdMembers)) continue;
      seen.add(key(writeFact(base, id, value), journey.asOf));
      if (seen.size > 1) return true;
    }
  }
  return false;
}

describe('golden screener journeys', () => {
  it('has at least 12 households, including the required ones', () => {
    check(exampleJourneys.length >= 12, `${exampleJourneys.length} journeys`);
    const states = exampleJourneys.map(
      (journey) => (journey.answers.residence as { state?: string } | undefined)?.state,
    );
    for (const state of ['AK', 'HI', 'PR']) check(states.includes(state), `no ${state} journey`);
    check(
      exampleJourneys.some((journey) => Object.keys(journey.answers).length === 0),
      'no journey answering "I don\'t know" to everything',
    );
    check(
      exampleJourneys.some(
        (journey) => (journey.answers.householdMembers as unknown[] | undefined)?.length === 9,
      ),
      'no 9-person household',
    );
  });

  for (const journey of exampleJourneys) {
    it(journey.name, () => {
      const walk = walkJourney(compiled, journey);
      const statuses = Object.fromEntries(
        walk.result.programs.map((program) => [program.id, program.status]),
      );
      check(
        JSON.stringify(statuses) === JSON.stringify(journey.expect),
        `statuses ${JSON.stringify(statuses)}`,
      );
      check(
        walk.asked.length === journey.questions,
        `asked ${walk.asked.length} questions: ${walk.asked.join(', ')}`,
      );
      deepCheck(mootQuestions(journey, walk.asked, walk.declined), journey.moot ?? [], 'moot');
    });
  }

  it('asks fewer questions than a form asking every fact, for each household and on average', () => {
    const facts = factCount();
    let total = 0;
    for (const journey of exampleJourneys) {
      const asked = walkJourney(compiled, journey).asked.length;
      const members = (journey.answers.householdMembers as unknown[] | undefined)?.length ?? 0;
      const form = examplePrograms.facts.length + members * (facts - examplePrograms.facts.length);
      check(asked <= form, `${journey.name}: ${asked} questions, a full form asks ${form}`);
      total += asked;
    }
    const average = total / exampleJourneys.length;
    check(average < facts, `average ${average} questions, ${facts} facts`);
  });

  it('can fail: a question that changes nothing is caught', () => {
    const ohio = exampleJourneys.find((journey) => journey.name.includes('Ohio, earning'))!;
    const walk = walkJourney(compiled, ohio);
    let so: Answers = {};
    for (const id of walk.asked) so = nextAnswers(so, ohio, id, false);
    // Every program is decided at the end of the walk: the tax filing status changes nothing.
    check(!couldChange(compiled, ohio, so, [], 'taxFilingStatus'), 'filing status was useful');
    check(couldChange(compiled, ohio, {}, [], 'monthlyIncome'), 'income was not useful');
  });
});

/** Fact definitions in the rule set, member facts included. */
function factCount(): number {
  return examplePrograms.facts.reduce((sum, fact) => sum + 1 + (fact.facts?.length ?? 0), 0);
}

/** The asked questions that the independent check finds could not change any result. */
function mootQuestions(journey: Journey, asked: string[], declined: string[]): string[] {
  const moot: string[] = [];
  let so: Answers = {};
  asked.forEach((id, index) => {
    const before = declined.filter((other) => asked.indexOf(other) < index);
    if (!couldChange(compiled, journey, so, before, id)) moot.push(id);
    so = nextAnswers(so, journey, id, declined.includes(id));
  });
  return moot;
}

function deepCheck(actual: unknown, expected: unknown, what: string): void {
  check(
    JSON.stringify(actual) === JSON.stringify(expected),
    `${what}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`,
  );
}

function nextAnswers(so: Answers, journey: Journey, id: string, declined: boolean): Answers {
  if (declined) return so;
  const path = parseFactPath(id);
  const value = path.member
    ? (journey.answers.householdMembers as Record<string, unknown>[])[path.member.index][
        path.member.fact
      ]
    : journey.answers[id];
  return writeFact(so, id, Array.isArray(value) ? value.map(() => ({})) : value);
}

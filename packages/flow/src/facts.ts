/**
 * Questions as facts of the rules language, so `showWhen` and routes are written exactly like
 * eligibility criteria. Each control maps to one fact type; checkboxes give one yes/no fact per
 * option (`benefits.snap`); a repeat group is a `members` fact over its items' questions.
 */
import type { FactDefinition, FactType } from '@plaza/eligibility';
import type { PageNode, QuestionNode } from './shape.js';
import type { Answer, AnswerMap, ControlType, RepeatItem } from './types.js';

const FACT_TYPES: Record<ControlType, FactType | undefined> = {
  text: 'text',
  textarea: 'text',
  name: 'text',
  address: 'text',
  phone: 'text',
  email: 'text',
  tin: 'text',
  number: 'number',
  money: 'money',
  date: 'date',
  select: 'enum',
  radios: 'enum',
  // One boolean fact per option, see below.
  checkboxes: undefined,
  // The number of files chosen.
  file: 'number',
};

/** The facts a question contributes: usually one, one per option for checkboxes. */
export function questionFacts(question: QuestionNode): FactDefinition[] {
  const def = question.def;
  const type = FACT_TYPES[def.control];
  if (type === undefined)
    return (def.options ?? []).map((option) => ({
      id: `${def.id}.${option.value}`,
      type: 'boolean',
      question: def.label,
    }));
  const fact: FactDefinition = { id: def.id, type, question: def.label };
  if (type === 'enum') fact.options = (def.options ?? []).map((option) => option.value);
  if (type === 'money') fact.period = def.period ?? 'month';
  return [fact];
}

const DIRECT = new WeakMap<PageNode[], QuestionNode[]>();

/** The questions asked directly on a list of pages (not inside a nested repeat group). */
export function directQuestions(pages: PageNode[]): QuestionNode[] {
  let questions = DIRECT.get(pages);
  if (!questions) {
    questions = pages.flatMap((page) => (page.kind === 'page' ? page.questions : []));
    DIRECT.set(pages, questions);
  }
  return questions;
}

/** A repeat group as a `members` fact over its items' own questions. */
export function groupFact(group: PageNode): FactDefinition {
  return {
    id: group.id,
    type: 'members',
    question: (group.def as { itemName: string }).itemName,
    facts: directQuestions(group.children).flatMap(questionFacts),
  };
}

/** The facts of one level: its questions, and its repeat groups as members facts. */
export function levelFacts(pages: PageNode[]): FactDefinition[] {
  return [
    ...directQuestions(pages).flatMap(questionFacts),
    ...pages.filter((page) => page.kind === 'repeat').map(groupFact),
  ];
}

/** An answer as the value its fact expects, or undefined (unknown) when it has none. */
function factValues(
  question: QuestionNode,
  answer: Answer | undefined,
  out: Record<string, unknown>,
): void {
  const value = answer?.value;
  if (value === null || value === undefined) return;
  const def = question.def;
  switch (def.control) {
    case 'checkboxes':
      if (!Array.isArray(value)) return;
      for (const option of def.options ?? [])
        out[`${def.id}.${option.value}`] = (value as string[]).includes(option.value);
      return;
    case 'file':
      if (Array.isArray(value)) out[def.id] = value.length;
      return;
    case 'number':
    case 'money':
      if (typeof value === 'number' && Number.isFinite(value)) out[def.id] = value;
      return;
    case 'select':
    case 'radios':
      if (typeof value === 'string' && (def.options ?? []).some((option) => option.value === value))
        out[def.id] = value;
      return;
    default:
      if (typeof value === 'string') out[def.id] = value;
      else if (typeof value === 'object' && !Array.isArray(value))
        out[def.id] = Object.values(value).filter(Boolean).join(' ');
  }
}

/**
 * Facts for one level's answers: its questions and its repeat groups' items. Only answers the
 * path has asked count (`asked` gets field names such as `members[0].age`): an answer left
 * behind on a page the resident no longer sees must not steer the flow.
 */
export function levelAnswers(
  pages: PageNode[],
  scope: { answers: AnswerMap; repeats: Record<string, RepeatItem[]>; completed: string[] },
  asked: (field: string) => boolean,
  prefix: string,
  out: Record<string, unknown>,
): Record<string, unknown> {
  const answer = (answers: AnswerMap, id: string): Answer | undefined =>
    Object.hasOwn(answers, id) ? answers[id] : undefined;
  for (const question of directQuestions(pages))
    if (asked(prefix + question.id)) factValues(question, answer(scope.answers, question.id), out);
  for (const group of pages) {
    if (group.kind !== 'repeat' || !asked(prefix + group.id)) continue;
    if (!Object.hasOwn(scope.repeats, group.id)) {
      // A list the resident finished without adding anything is empty, not unknown.
      if (scope.completed.includes(group.id)) out[group.id] = [];
      continue;
    }
    out[group.id] = scope.repeats[group.id].map((item, index) => {
      const member: Record<string, unknown> = {};
      const itemPrefix = `${prefix}${group.id}[${index}].`;
      for (const question of directQuestions(group.children))
        if (asked(itemPrefix + question.id))
          factValues(question, answer(item.answers, question.id), member);
      return member;
    });
  }
  return out;
}

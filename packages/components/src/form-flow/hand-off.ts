/**
 * Server hand-off: every answer as one named form field (repeats indexed, `members[0].name`),
 * for a native POST, and as JSON for the `plaza-flow-submit` event.
 */
import type { AnswerMap, AnswerValue, RepeatItem } from '@plaza/flow';

export type FormEntry = [name: string, value: string];

function valueEntries(name: string, value: AnswerValue): FormEntry[] {
  if (value === null || value === undefined) return [];
  if (Array.isArray(value)) {
    return value.map((item): FormEntry => [name, typeof item === 'string' ? item : item.name]);
  }
  if (typeof value === 'object') {
    return Object.entries(value).map(([part, text]): FormEntry => [`${name}.${part}`, text]);
  }
  return [[name, String(value)]];
}

/** Every answer as form fields, in the order given; repeat items as `group[index].question`. */
export function formEntries(
  answers: AnswerMap,
  repeats: Record<string, RepeatItem[]>,
  prefix = '',
): FormEntry[] {
  const entries: FormEntry[] = [];
  for (const [id, answer] of Object.entries(answers)) {
    entries.push(...valueEntries(`${prefix}${id}`, answer.value));
  }
  for (const [group, items] of Object.entries(repeats)) {
    items.forEach((item, index) =>
      entries.push(...formEntries(item.answers, item.repeats, `${prefix}${group}[${index}].`)),
    );
  }
  return entries;
}

/** The answers as plain JSON values (what a JSON API would receive). */
export function answerJson(
  answers: AnswerMap,
  repeats: Record<string, RepeatItem[]>,
): Record<string, unknown> {
  const json: Record<string, unknown> = Object.create(null);
  for (const [id, answer] of Object.entries(answers)) json[id] = answer.value;
  for (const [group, items] of Object.entries(repeats)) {
    json[group] = items.map((item) => answerJson(item.answers, item.repeats));
  }
  return json;
}

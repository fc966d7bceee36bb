/**
 * Seeded generators shared by the fuzz test and the bench: valid flow definitions of any size,
 * and small mutations of them that may or may not stay valid.
 */
import type { FlowDefinition, PageDefinition, QuestionDefinition } from '../src/index.js';

export function rng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const CONTROLS = [
  'text',
  'number',
  'radios',
  'checkboxes',
  'date',
  'money',
  'select',
  'email',
] as const;
const OPTIONS = [
  { value: 'a', label: 'A' },
  { value: 'b', label: 'B' },
  { value: 'c', label: 'C' },
];

function question(id: string, random: () => number): QuestionDefinition {
  const control = CONTROLS[Math.floor(random() * CONTROLS.length)];
  const choice = control === 'radios' || control === 'checkboxes' || control === 'select';
  return {
    id,
    control,
    label: `Question ${id}`,
    ...(choice ? { options: OPTIONS } : {}),
    validation: { required: random() < 0.7 },
  };
}

/** A condition on an earlier question, in the eligibility rules language. */
function conditionOn(q: QuestionDefinition): unknown {
  switch (q.control) {
    case 'number':
      return { '>=': [{ fact: q.id }, 3] };
    case 'money':
      return { '<': [{ fact: q.id }, { money: [2000, 'month'] }] };
    case 'date':
      return { '<': [{ fact: q.id }, { date: '2000-01-01' }] };
    case 'checkboxes':
      return { fact: `${q.id}.a` };
    case 'radios':
    case 'select':
      return { in: [{ fact: q.id }, ['a', 'b']] };
    default:
      return { answered: q.id };
  }
}

/**
 * A valid definition: `pages` pages of `perPage` questions, some shown only when an earlier
 * answer says so, some routing ahead, and (optionally) one repeat group with a nested group.
 */
export function generateDefinition(
  random: () => number,
  pages: number,
  perPage: number,
  repeats = true,
): FlowDefinition {
  const list: PageDefinition[] = [];
  const asked: QuestionDefinition[] = [];
  let count = 0;
  for (let index = 0; index < pages; index++) {
    const questions = Array.from({ length: perPage }, () => question(`q${count++}`, random));
    const page: PageDefinition = { id: `p${index}`, heading: `Page ${index}`, questions };
    if (asked.length > 0 && random() < 0.3)
      (page as { showWhen?: unknown }).showWhen = conditionOn(
        asked[Math.floor(random() * asked.length)],
      );
    if (index + 2 < pages && random() < 0.15)
      (page as { next?: unknown }).next = [
        { when: conditionOn(questions[0]), page: `p${index + 2}` },
        { page: `p${index + 1}` },
      ];
    list.push(page);
    asked.push(...questions);
  }
  if (repeats && pages > 2) {
    const inner = question(`q${count++}`, random);
    // Last, so no route can skip past it.
    list.push({
      kind: 'repeat',
      id: 'group',
      heading: 'Group',
      itemName: 'item',
      summary: `{${inner.id}}`,
      max: 4,
      pages: [
        { id: 'group-page', heading: 'Item', questions: [inner] },
        {
          kind: 'repeat',
          id: 'nested',
          heading: 'Nested',
          itemName: 'nested item',
          summary: 'x',
          max: 2,
          pages: [
            { id: 'nested-page', heading: 'Nested', questions: [question(`q${count++}`, random)] },
          ],
        },
      ],
    });
  }
  return {
    id: 'generated',
    version: '1',
    name: 'Generated',
    pages: list,
    confirmation: { heading: 'Done' },
  };
}

/** Replaces one value somewhere in `value` with something else, at random. */
export function mutate(value: unknown, random: () => number): unknown {
  const nasty: unknown[] = [
    null,
    0,
    -1,
    '',
    'p0',
    'q0',
    '__proto__',
    [],
    {},
    true,
    1e308,
    'x'.repeat(300),
    { fact: 'nope' },
    [[[]]],
  ];
  if (typeof value !== 'object' || value === null || random() < 0.15)
    return nasty[Math.floor(random() * nasty.length)];
  if (Array.isArray(value)) {
    if (value.length === 0) return [mutate(undefined, random)];
    const copy = [...value];
    const at = Math.floor(random() * copy.length);
    if (random() < 0.2) copy.splice(at, 1);
    else copy[at] = mutate(copy[at], random);
    return copy;
  }
  const keys = Object.keys(value);
  const copy: Record<string, unknown> = { ...(value as Record<string, unknown>) };
  if (keys.length === 0 || random() < 0.1) {
    Object.defineProperty(copy, random() < 0.5 ? '__proto__' : 'extra', {
      value: 1,
      enumerable: true,
    });
    return copy;
  }
  const key = keys[Math.floor(random() * keys.length)];
  if (random() < 0.2) delete copy[key];
  else copy[key] = mutate(copy[key], random);
  return copy;
}

import type { FlowDefinition, PageDefinition } from '../src/index.js';

/** A small valid definition around the given pages. */
export function definition(
  pages: PageDefinition[],
  extra: Partial<FlowDefinition> = {},
): FlowDefinition {
  return {
    id: 'test',
    version: '1',
    name: 'Test',
    pages,
    confirmation: { heading: 'Done' },
    ...extra,
  };
}

export const yesNo = [
  { value: 'yes', label: 'Yes' },
  { value: 'no', label: 'No' },
];

/** A page with one required question. */
export function page(
  id: string,
  question: string,
  more: Partial<PageDefinition> = {},
): PageDefinition {
  return {
    id,
    heading: id,
    questions: [{ id: question, control: 'text', label: question, validation: { required: true } }],
    ...more,
  } as PageDefinition;
}

// Node only (reads @plaza/directory's example directory, a JSON file): every service an example
// program lists is a real service in that directory, in a category that fits the program.
import directory from '@plaza/directory/examples/directory.json';
import { evaluate, loadRuleSet } from '@plaza/eligibility';
import { examplePrograms, englishMessages, spanishMessages } from '../src/index.js';

function check(condition: unknown, message: string): void {
  if (!condition) throw new Error(message);
}

interface Service {
  id: string;
  attributes?: { taxonomy_term?: { name?: string } }[];
}

/** The directory categories whose services can help with each program. */
const FITTING: Record<string, string[]> = {
  snap: ['Food'],
  wic: ['Food'],
  'medicaid-adult': ['Health'],
  chip: ['Health'],
  liheap: ['Utilities'],
};

describe('example next steps', () => {
  const services = new Map(
    (directory as Service[]).map((service) => [
      service.id,
      service.attributes?.map((attribute) => attribute.taxonomy_term?.name) ?? [],
    ]),
  );

  it('list only services of the example directory, in a category that fits', () => {
    let listed = 0;
    for (const program of examplePrograms.programs) {
      for (const id of program.services ?? []) {
        listed++;
        const categories = services.get(id);
        check(categories, `${program.id}: no service "${id}" in the example directory`);
        check(
          categories?.some((name) => name !== undefined && FITTING[program.id]?.includes(name)),
          `${program.id}: "${id}" is in ${categories?.join(', ')}, not ${FITTING[program.id]?.join(', ')}`,
        );
      }
    }
    check(listed >= 5, `only ${listed} services listed`);
  });

  it('give every program a way to apply and documents, with every message in en and es', () => {
    const result = evaluate(loadRuleSet(examplePrograms), {});
    for (const program of result.programs) {
      const steps = program.nextSteps;
      check(steps.apply?.url.startsWith('https://'), `${program.id}: no https apply link`);
      check(steps.documents.length > 0, `${program.id}: no documents`);
      const keys = [steps.apply?.label, steps.contact?.name, ...steps.documents];
      for (const key of keys) {
        check(key && key in englishMessages, `${program.id}: no English message ${key}`);
        check(key && key in spanishMessages, `${program.id}: no Spanish message ${key}`);
      }
    }
  });
});

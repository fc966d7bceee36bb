import { ok } from 'node:assert/strict';
import {
  FlowDefinitionError,
  FlowError,
  FlowLimitError,
  checkAnswers,
  createNavigator,
  loadFlow,
  pageView,
  toFormFields,
  type PageInput,
} from '../src/index.js';
import { generateDefinition, mutate, rng } from './generate.js';

const RAW_VALUES = [
  '',
  'a',
  'b',
  '3',
  '12',
  '2026-01-05',
  '1999-02-30',
  'x@example.com',
  '1,500.25',
  '__proto__',
];

function randomInput(
  questions: { question: { id: string; control: string } }[],
  random: () => number,
): PageInput {
  const input: PageInput = {};
  for (const { question } of questions) {
    if (random() < 0.1) continue;
    input[question.id] =
      question.control === 'checkboxes'
        ? ['a', 'c'].filter(() => random() < 0.5)
        : RAW_VALUES[Math.floor(random() * RAW_VALUES.length)];
  }
  return input;
}

describe('fuzz: generated definitions', () => {
  it('loads or rejects with a FlowDefinitionError, and never crashes or hangs while navigating', () => {
    const random = rng(2026);
    let loaded = 0;
    let rejected = 0;
    let finished = 0;
    for (let round = 0; round < 300; round++) {
      const base = generateDefinition(
        random,
        2 + Math.floor(random() * 8),
        1 + Math.floor(random() * 3),
      );
      const input = round % 3 === 0 ? base : mutate(JSON.parse(JSON.stringify(base)), random);
      let flow;
      try {
        flow = loadFlow(input);
      } catch (error) {
        if (error instanceof FlowLimitError) ok(error.message.startsWith('$'), 'names a path');
        else {
          ok(error instanceof FlowDefinitionError, `round ${round}: ${String(error)}`);
          ok(
            error.issues.every((issue) => issue.path.startsWith('$')),
            'every issue names a path',
          );
        }
        rejected++;
        continue;
      }
      loaded++;
      const nav = createNavigator(flow, { today: '2026-12-02' });
      let state = nav.start();
      // Bounded: each step moves forward, adds an item or stops; 200 steps is far more than any path.
      for (let step = 0; step < 200 && state.location.page !== 'confirmation'; step++) {
        const view = pageView(nav, state);
        try {
          if (view.kind === 'repeat')
            state = nav.next(state, { addAnother: random() < 0.4 ? 'yes' : 'no' }).state;
          else if (view.kind === 'check-answers') {
            checkAnswers(nav, state);
            toFormFields(nav, state);
            state = nav.next(state).state;
            if (state.location.page === 'check-answers' && state.errors.length > 0)
              state = nav.goTo(state, state.errors[0].location);
          } else if (random() < 0.05) state = nav.back(state);
          else {
            const result = nav.next(state, randomInput(view.questions, random));
            // Retry a failed page with answers that pass, as a person would.
            state =
              result.errors.length > 0
                ? nav.next(result.state, fixed(view.questions)).state
                : result.state;
          }
        } catch (error) {
          ok(error instanceof FlowError, `round ${round}, ${view.key}: ${String(error)}`);
        }
      }
      if (state.location.page === 'confirmation') finished++;
    }
    ok(finished > loaded / 2, `most loaded flows were completed: ${finished} of ${loaded}`);
    ok(
      loaded > 50 && rejected > 50,
      `both outcomes exercised: ${loaded} loaded, ${rejected} rejected`,
    );
  });
});

/** Answers every visible question acceptably. */
function fixed(
  questions: { question: { id: string; control: string }; visible: boolean }[],
): PageInput {
  const good: Record<string, PageInput[string]> = {
    text: 'text',
    number: '5',
    money: '100',
    date: '1990-05-05',
    email: 'a@example.com',
    radios: 'a',
    select: 'b',
    checkboxes: ['a'],
  };
  const input: PageInput = {};
  for (const { question } of questions) input[question.id] = good[question.control] ?? 'x';
  return input;
}

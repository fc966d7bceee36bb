import { deepEqual, equal, ok, throws } from 'node:assert/strict';
import {
  COMPILED_FLOW_FORMAT,
  compileFlow,
  createNavigator,
  FlowDefinitionError,
  FlowLimitError,
  isCompiledFlow,
  loadCompiledFlow,
  loadFlow,
  locationKey,
  type CompiledFlow,
  type Flow,
  type FlowState,
} from '../src/index.js';
import { energyAssistance, parkingPermit } from '../src/examples/index.js';
import { definition, page } from './fixtures.js';

const TODAY = '2026-12-02';

/** Everything a navigator reads from a loaded flow, in a form deepEqual can compare. */
function shape(flow: Flow): unknown {
  const pages = [...flow.index.pages.values()].map((node) => [
    node.id,
    node.path,
    node.kind,
    node.order,
    node.position,
    node.section,
    node.group?.id,
    node.questions.map((question) => [question.id, question.path, question.order]),
    (flow.routes.get(node) ?? []).map((route) => [route.target.id, route.when?.id]),
  ]);
  const showWhen = [...flow.showWhen.entries()].map(([node, ref]) => [node.path, ref.id]);
  return { pages, showWhen, sections: [...flow.sectionOf.keys()] };
}

/** Walks the county service to check your answers with the given answers. */
function walk(flow: Flow): FlowState {
  const navigator = createNavigator(flow, { today: TODAY });
  let state = navigator.start();
  const steps: Record<string, unknown>[] = [
    { applicantName: 'Ana López', dateOfBirth: { month: '3', day: '27', year: '1985' } },
    { heating: 'gas' },
    { addAnother: 'yes' },
    { memberName: 'Luis', memberAge: '34' },
    { memberWorks: 'no' },
    { addAnother: 'no' },
    { shutoffNotice: 'no', benefits: ['snap'] },
    { agree: ['true'] },
  ];
  for (const input of steps) {
    const result = navigator.next(state, input as never);
    deepEqual(result.errors, [], `accepted on ${locationKey(state.location)}`);
    state = result.state;
  }
  return state;
}

describe('compiled flows', () => {
  it('load to the same pages, questions, routes and conditions as the definition', () => {
    for (const source of [parkingPermit, energyAssistance]) {
      const compiled = JSON.parse(JSON.stringify(compileFlow(source)));
      ok(isCompiledFlow(compiled));
      // As `src` delivers it: JSON text, recognised by its leading `format`.
      ok(isCompiledFlow(JSON.stringify(compiled)));
      ok(!isCompiledFlow(JSON.stringify(source)));
      equal((compiled as CompiledFlow).format, COMPILED_FLOW_FORMAT);
      deepEqual(shape(loadCompiledFlow(compiled)), shape(loadFlow(source)));
      deepEqual(shape(loadCompiledFlow(JSON.stringify(compiled))), shape(loadFlow(source)));
    }
  });

  it('branch and repeat as the definition does', () => {
    const fromCompiled = walk(loadCompiledFlow(compileFlow(energyAssistance)));
    const fromDefinition = walk(loadFlow(energyAssistance));
    equal(fromCompiled.location.page, 'check-answers');
    deepEqual(fromCompiled, fromDefinition);
  });

  it('are only written for definitions that pass every check', () => {
    throws(
      () => compileFlow(definition([page('a', 'q1', { next: [{ page: 'nowhere' }] })])),
      FlowDefinitionError,
    );
  });

  it('refuse another format, a plain definition, and hostile input', () => {
    const plain = definition([page('a', 'q1')]);
    ok(!isCompiledFlow(plain));
    for (const input of [
      plain,
      { format: 'plaza-flow-compiled/0', definition: plain },
      JSON.parse(`{"format": "${COMPILED_FLOW_FORMAT}", "definition": {"__proto__": {}}}`),
      '{"format": ',
    ])
      throws(() => loadCompiledFlow(input), FlowDefinitionError);
  });

  it('name a reference that does not resolve, and an edited shape, instead of failing later', () => {
    const compiled = compileFlow(definition([page('a', 'q1'), page('b', 'q2')]));
    const edited = structuredClone(compiled);
    (edited.definition.pages[0] as { next?: unknown }).next = [{ page: 'nowhere' }];
    throws(
      () => loadCompiledFlow(edited),
      (error: unknown) =>
        error instanceof FlowDefinitionError && error.issues[0].path === '$.pages[0].next[0].page',
    );
    const broken = structuredClone(compiled);
    (broken.definition.pages[1] as { questions?: unknown }).questions = 3;
    throws(
      () => loadCompiledFlow(broken),
      (error: unknown) =>
        error instanceof FlowDefinitionError && error.issues[0].path === '$.definition',
    );
  });

  it('keep the page and question limits', () => {
    const compiled = compileFlow(definition([page('a', 'q1'), page('b', 'q2')]));
    throws(() => loadCompiledFlow(compiled, { limits: { maxPages: 1 } }), FlowLimitError);
    throws(() => loadCompiledFlow(compiled, { limits: { maxQuestions: 1 } }), FlowLimitError);
  });
});

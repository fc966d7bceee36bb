import { deepEqual, equal, ok, throws } from 'node:assert/strict';
import { FlowDefinitionError, FlowLimitError, loadFlow } from '../src/index.js';
import { definition, page, yesNo } from './fixtures.js';

function issues(input: unknown, limits = {}): string[] {
  try {
    loadFlow(input, { limits });
  } catch (error) {
    ok(error instanceof FlowDefinitionError, `expected FlowDefinitionError, got ${String(error)}`);
    return error.issues.map((issue) => `${issue.path}: ${issue.message}`);
  }
  throw new Error('expected the definition to be rejected');
}

const hasIssue = (list: string[], start: string): void =>
  ok(
    list.some((issue) => issue.startsWith(start)),
    `expected an issue at ${start}, got ${list.join(' | ')}`,
  );

describe('loading a flow definition', () => {
  it('loads a valid definition from an object or JSON text', () => {
    const flow = loadFlow(JSON.stringify(definition([page('a', 'q1'), page('b', 'q2')])));
    deepEqual(
      flow.index.top.map((node) => node.id),
      ['a', 'b'],
    );
  });

  it('names the path of unknown route targets and routes into repeat groups', () => {
    const list = issues(
      definition([
        page('a', 'q1', { next: [{ page: 'nowhere' }] }),
        {
          kind: 'repeat',
          id: 'g',
          heading: 'G',
          itemName: 'x',
          summary: '{q2}',
          pages: [page('inner', 'q2')],
        },
        page('b', 'q3', { next: [{ page: 'inner' }] }),
      ]),
    );
    hasIssue(list, '$.pages[0].next[0].page: "nowhere" is not a page');
    hasIssue(list, '$.pages[2].next[0].page: "inner" is inside a repeat group');
  });

  it('reports unreachable pages and routing cycles', () => {
    hasIssue(
      issues(
        definition([page('a', 'q1', { next: [{ page: 'c' }] }), page('b', 'q2'), page('c', 'q3')]),
      ),
      '$.pages[1]: "b" is never reached',
    );
    hasIssue(
      issues(
        definition([
          page('a', 'q1'),
          page('b', 'q2', { next: [{ when: { '==': [{ fact: 'q2' }, 'x'] }, page: 'a' }] }),
        ]),
      ),
      '$.pages[1].next[0].page: leads back to "a"',
    );
  });

  it('rejects duplicate and reserved ids wherever they are', () => {
    const list = issues(definition([page('a', 'q1'), page('b', 'a'), page('check-answers', 'q3')]));
    hasIssue(list, '$.pages[1].questions[0].id: "a" is already used at $.pages[0]');
    hasIssue(list, '$.pages[2].id: "check-answers" is reserved');
  });

  it('checks conditions with the eligibility rules language, at their own paths', () => {
    const list = issues(
      definition([
        page('a', 'q1', { showWhen: { '==': [{ fact: 'q2' }, 'x'] } }),
        page('b', 'q2', { showWhen: { '<': [{ fact: 'q1' }, 3] } }),
        page('c', 'q3', { showWhen: { bogus: [] } as never }),
      ]),
    );
    hasIssue(list, '$.pages[0].showWhen["=="][0].fact: reads "q2", which is asked later');
    hasIssue(list, '$.pages[1].showWhen["<"]: cannot compare a string with a number');
    hasIssue(list, '$.pages[2].showWhen.bogus: "bogus" is not a condition operator');
  });

  it('maps controls to facts: numbers compare as numbers, checkboxes as one yes/no per option', () => {
    const flow = loadFlow(
      definition([
        {
          id: 'a',
          heading: 'A',
          questions: [
            { id: 'age', control: 'number', label: 'Age' },
            { id: 'benefits', control: 'checkboxes', label: 'B', options: yesNo },
            { id: 'pay', control: 'money', label: 'Pay', period: 'week' },
          ],
        },
        page('b', 'q2', {
          showWhen: {
            all: [
              { '>=': [{ fact: 'age' }, 18] },
              { fact: 'benefits.yes' },
              { '>': [{ fact: 'pay' }, { money: [100, 'month'] }] },
            ],
          },
        }),
      ]),
    );
    ok(flow.showWhen.size === 1);
  });

  it('passes accept to tin questions and for to name questions, and names the path of misuse', () => {
    const question = (extra: Record<string, unknown>) =>
      definition([
        // Deliberately loose: some of these are not valid questions.
        { id: 'a', heading: 'A', questions: [{ id: 'q', label: 'Q', ...extra } as never] },
      ]);
    ok(loadFlow(question({ control: 'tin', accept: ['ssn', 'itin'] })));
    ok(loadFlow(question({ control: 'name', for: 'other' })));
    const accept = '$.pages[0].questions[0].accept: only tin questions have accept';
    hasIssue(issues(question({ control: 'text', accept: ['ssn'] })), accept);
    hasIssue(issues(question({ control: 'tin', accept: 'ssn itin' })), accept);
    hasIssue(issues(question({ control: 'tin', accept: [] })), accept);
    hasIssue(issues(question({ control: 'tin', accept: ['ssn', 'ssn'] })), accept);
    hasIssue(issues(question({ control: 'tin', accept: ['ein'] })), accept);
    const whose = '$.pages[0].questions[0].for: only name questions have for, one of: self, other';
    hasIssue(issues(question({ control: 'text', for: 'other' })), whose);
    hasIssue(issues(question({ control: 'name', for: 'someone' })), whose);
  });

  it('rejects hostile input: prototype keys, deep nesting, huge lists, long text', () => {
    hasIssue(
      issues(JSON.parse('{"__proto__": {"x": 1}, "id": "t"}')),
      '$.__proto__: uses the forbidden key',
    );
    let deep: unknown = { fact: 'q1' };
    for (let level = 0; level < 100; level++) deep = { not: deep };
    hasIssue(
      issues(definition([page('a', 'q1'), page('b', 'q2', { showWhen: deep as never })])),
      '$.pages[1].showWhen',
    );
    const many = Array.from({ length: 30 }, (_, index) => page(`p${index}`, `q${index}`));
    throws(
      () => loadFlow(definition(many), { limits: { maxPages: 20 } }),
      (error: unknown) =>
        error instanceof FlowLimitError &&
        error.limit === 'maxPages' &&
        error.message === '$.pages: has 30 pages; the limit (maxPages) is 20',
    );
    hasIssue(
      issues(definition([page('a', 'q1')], { name: 'x'.repeat(20_001) }), {
        maxStringLength: 20_000,
      }),
      '$.name: is longer than',
    );
    throws(() => loadFlow('x'.repeat(200), { limits: { maxNodes: 2 } }), FlowLimitError);
  });

  it('checks questions field by field', () => {
    const list = issues(
      definition([
        {
          id: 'a',
          heading: 'A',
          questions: [
            { id: 'q1', control: 'radio' as never, label: 'Q' },
            { id: 'q2', control: 'radios', label: 'Q', options: [{ value: 'a b', label: 'x' }] },
            { id: 'q3', control: 'text', label: 'Q', validation: { pattern: '(' } },
            { id: 'q4', control: 'text', label: 'Q', validation: { min: 3 } },
            { id: 'q5', control: 'date', label: 'Q', validation: { after: 'tomorrow' } },
          ],
        },
      ]),
    );
    hasIssue(list, '$.pages[0].questions[0].control: must be one of');
    hasIssue(list, '$.pages[0].questions[1].options[0].value');
    hasIssue(list, '$.pages[0].questions[2].validation.pattern: is not a valid regular expression');
    hasIssue(list, '$.pages[0].questions[3].validation.min: only number and money');
    hasIssue(list, '$.pages[0].questions[4].validation.after');
  });

  it('allows one level of nested repeat groups, not two', () => {
    const inner = (id: string, pages: unknown[]) => ({
      kind: 'repeat',
      id,
      heading: id,
      itemName: id,
      summary: id,
      pages,
    });
    hasIssue(
      issues(definition([inner('g1', [inner('g2', [inner('g3', [page('p', 'q')])])]) as never])),
      '$.pages[0].pages[0].pages[0].kind: repeat groups nest one level deep at most',
    );
  });

  it('needs sections for a task list, and every page in one', () => {
    hasIssue(issues(definition([page('a', 'q1')], { taskList: true })), '$.taskList');
    hasIssue(
      issues(
        definition([page('a', 'q1'), page('b', 'q2')], {
          taskList: true,
          sections: [{ id: 's', title: 'S', pages: ['a'] }],
        }),
      ),
      '$.pages[1]: "b" is in no section',
    );
    equal(
      issues(
        definition([page('a', 'q1')], { sections: [{ id: 's', title: 'S', pages: ['a', 'a'] }] }),
      ).length,
      1,
    );
  });
});

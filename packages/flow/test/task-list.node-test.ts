import { deepEqual, equal } from 'node:assert/strict';
import { createNavigator, loadFlow, taskList } from '../src/index.js';
import { definition, page } from './fixtures.js';

describe('task list', () => {
  const flow = loadFlow(
    definition(
      [
        page('a', 'q1'),
        page('b', 'q2'),
        page('c', 'q3', { showWhen: { '==': [{ fact: 'q2' }, 'go'] } }),
      ],
      {
        taskList: true,
        sections: [
          { id: 'first', title: 'First', pages: ['a', 'b'] },
          { id: 'second', title: 'Second', pages: ['c'] },
        ],
      },
    ),
  );
  const nav = createNavigator(flow);

  it('starts at the task list and returns there when a section is done', () => {
    let state = nav.start();
    equal(state.location.page, 'task-list');
    deepEqual(
      taskList(nav, state).map((task) => [task.id, task.status]),
      [
        ['first', 'notStarted'],
        ['second', 'cannotStartYet'],
      ],
    );
    const first = taskList(nav, state)[0].start;
    state = nav.goTo(state, first ?? { page: 'a', items: [] }, { returnTo: 'task-list' });
    state = nav.next(state, { q1: 'x' }).state;
    deepEqual(
      taskList(nav, state).map((task) => task.status),
      ['inProgress', 'cannotStartYet'],
    );
    state = nav.next(state, { q2: 'go' }).state;
    equal(state.location.page, 'task-list', 'back to the task list at the end of a section');
    deepEqual(
      taskList(nav, state).map((task) => task.status),
      ['completed', 'notStarted'],
    );
    state = nav.next(state).state;
    equal(state.location.page, 'c', 'next from the task list opens the first unfinished task');
    state = nav.next(state, { q3: 'x' }).state;
    equal(state.location.page, 'check-answers');
  });
});

describe('without check your answers', () => {
  it('sends from the last page when everything is complete', () => {
    const nav = createNavigator(loadFlow(definition([page('a', 'q1')], { checkAnswers: false })));
    const result = nav.next(nav.start(), { q1: 'x' });
    equal(result.state.location.page, 'confirmation');
    equal(result.state.submitted, true);
  });
});

import { loadRuleSet } from './document/rule-set.js';
import { answersInUse, readFact, screen, writeFact } from './screening.js';
import { household } from '../test/fixtures.js';
import { deepEqual, equal, ok } from '../test/assert.js';

const AS_OF = '2025-11-01';

const rules = loadRuleSet(
  household([
    {
      id: 'student-aid',
      name: 'Student aid',
      agency: 'A',
      criteria: [
        { id: 'student', when: { fact: 'student' } },
        { id: 'income', when: { '<=': [{ fact: 'income' }, { money: [1000, 'month'] }] } },
      ],
    },
    {
      id: 'veteran-aid',
      name: 'Veteran aid',
      agency: 'A',
      criteria: [
        { id: 'veteran', when: { fact: 'veteran' } },
        { id: 'income', when: { '<=': [{ fact: 'income' }, { money: [2000, 'month'] }] } },
      ],
    },
    {
      id: 'baby',
      name: 'Baby aid',
      agency: 'A',
      criteria: [
        { id: 'pregnant', when: { some: { of: 'members', where: { member: 'pregnant' } } } },
      ],
    },
  ]),
);

describe('screen: the next question', () => {
  it('asks first what could settle the most programs', () => {
    const step = screen(rules, {}, { asOf: AS_OF });
    equal(step.next, 'income');
    deepEqual(step.candidates[0].programs, ['student-aid', 'veteran-aid']);
  });

  it('never offers a question that can no longer change a result', () => {
    const step = screen(rules, { student: false, income: 5000 }, { asOf: AS_OF });
    const ids = step.candidates.map((candidate) => candidate.id);
    ok(!ids.includes('student'), 'student is answered');
    ok(!ids.includes('veteran'), `income settles veteran aid: ${ids.join()}`);
    deepEqual(ids, ['members']);
  });

  it('keeps declined questions unknown and does not ask them again', () => {
    const step = screen(rules, {}, { asOf: AS_OF, declined: ['income'] });
    ok(step.next !== 'income', 'declined income was offered again');
    equal(step.result.programs[0].status, 'maybe');
  });

  it('follows the agency order among equally useful questions', () => {
    const plain = screen(rules, { income: 10 }, { asOf: AS_OF });
    equal(plain.next, 'student');
    const ordered = screen(rules, { income: 10 }, { asOf: AS_OF, order: ['members', 'veteran'] });
    equal(ordered.next, 'members');
  });

  it('asks member facts member by member once the household is known', () => {
    const step = screen(rules, { income: 5000, members: [{}, {}] }, { asOf: AS_OF });
    deepEqual(
      step.candidates.map((candidate) => candidate.id),
      ['members[0].pregnant', 'members[1].pregnant'],
    );
    equal(step.remaining, 2);
  });

  it('counts the member questions a household list brings', () => {
    const step = screen(rules, { income: 5000 }, { asOf: AS_OF });
    // The list itself, plus three member facts for the first person.
    equal(step.remaining, 4);
  });

  it('stops when nothing can change', () => {
    const step = screen(rules, { income: 5000, members: [{ pregnant: false }] }, { asOf: AS_OF });
    equal(step.next, undefined);
    equal(step.remaining, 0);
  });

  it('screens a subset of programs', () => {
    const step = screen(rules, {}, { asOf: AS_OF, programs: ['baby'] });
    equal(step.next, 'members');
  });
});

describe('answersInUse', () => {
  it('marks an answer that a later change made irrelevant, and keeps it', () => {
    const answers = { income: 500, student: true, veteran: true };
    const asked = ['income', 'student', 'veteran'];
    deepEqual([...answersInUse(rules, answers, asked, { asOf: AS_OF })], asked);
    const changed = { ...answers, income: 5000 };
    deepEqual([...answersInUse(rules, changed, asked, { asOf: AS_OF })], ['income']);
    equal(changed.student, true);
  });

  it('counts member answers of members who are still in the household', () => {
    const answers = { income: 5000, members: [{ pregnant: false }, { pregnant: true }] };
    const asked = ['members', 'members[0].pregnant', 'members[1].pregnant'];
    deepEqual([...answersInUse(rules, answers, asked, { asOf: AS_OF })], asked);
  });
});

describe('fact paths', () => {
  it('reads and writes member answers without changing the original', () => {
    const answers = { members: [{}, { pregnant: true }] };
    const next = writeFact(answers, 'members[0].pregnant', false);
    equal(readFact(next, 'members[0].pregnant'), false);
    equal(readFact(answers, 'members[0].pregnant'), undefined);
    equal(readFact(next, 'members[1].pregnant'), true);
    equal(
      readFact(writeFact(next, 'members[1].pregnant', undefined), 'members[1].pregnant'),
      undefined,
    );
  });

  it('ignores inherited properties and refuses members that do not exist', () => {
    equal(readFact({}, '__proto__'), undefined);
    equal(readFact({ members: [{}] }, 'members[0].constructor'), undefined);
    let threw = false;
    try {
      writeFact({ members: [] }, 'members[3].pregnant', true);
    } catch (error) {
      threw = error instanceof RangeError;
    }
    ok(threw, 'writing member 3 of an empty list should throw a RangeError');
  });
});

import type { RuleSet } from '../src/types.js';

/** A small rule set that exercises every kind of fact. */
export function household(programs: RuleSet['programs'], extra: Partial<RuleSet> = {}): RuleSet {
  return {
    id: 'test',
    version: '1.0.0',
    facts: [
      { id: 'residence', type: 'jurisdiction', question: 'q.residence' },
      { id: 'income', type: 'money', question: 'q.income', period: 'month' },
      { id: 'weeklyPay', type: 'money', question: 'q.weeklyPay', period: 'week' },
      { id: 'student', type: 'boolean', question: 'q.student' },
      { id: 'veteran', type: 'boolean', question: 'q.veteran' },
      { id: 'disabled', type: 'boolean', question: 'q.disabled', sensitive: true },
      { id: 'count', type: 'number', question: 'q.count' },
      { id: 'housing', type: 'enum', question: 'q.housing', options: ['own', 'rent', 'none'] },
      { id: 'startDate', type: 'date', question: 'q.startDate' },
      {
        id: 'members',
        type: 'members',
        question: 'q.members',
        facts: [
          { id: 'dateOfBirth', type: 'date', question: 'q.member.dateOfBirth' },
          { id: 'pregnant', type: 'boolean', question: 'q.member.pregnant', sensitive: true },
          { id: 'earnings', type: 'money', question: 'q.member.earnings' },
        ],
      },
    ],
    programs,
    ...extra,
  };
}

/** One program with one criterion `when`. */
export function single(when: unknown, extra: Partial<RuleSet> = {}): RuleSet {
  return household(
    [{ id: 'p', name: 'P', agency: 'A', criteria: [{ id: 'c', when: when as never }] }],
    extra,
  );
}

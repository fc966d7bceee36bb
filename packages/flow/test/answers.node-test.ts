import { equal } from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkAnswer, readAnswer, type QuestionDefinition } from '../src/index.js';

describe('phone answers', () => {
  const phone: QuestionDefinition = { id: 'phone', control: 'phone', label: 'Phone' };
  const code = (typed: string) =>
    checkAnswer(phone, readAnswer(phone, typed), '2026-12-02')?.code ?? null;

  it('accepts what <plaza-phone-input> accepts from US residents, extensions included', () => {
    const cases: [string, string | null][] = [
      ['(555) 123-4567', null],
      ['555.123.4567', null],
      ['+1 555 123 4567', null],
      ['+1 (555) 123-4567 x12', null],
      ['555-123-4567 ext. 99', null],
      ['202 555 0123 #7', null],
      ['555-1234', 'format'],
      ['555-123-4567 x', 'format'],
      ['x12', 'format'],
    ];
    for (const [typed, expected] of cases) equal(code(typed), expected, typed);
  });
});

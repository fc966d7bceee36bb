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

describe('address answers', () => {
  const address: QuestionDefinition = { id: 'home', control: 'address', label: 'Home' };
  const code = (parts: Record<string, string>) =>
    checkAnswer(address, readAnswer(address, parts), '2026-12-02')?.code ?? null;

  it('needs line 1, city, state and ZIP code once any part is given', () => {
    const full = { line1: '1 Calle A', line2: '', city: 'San Juan', state: 'PR', zip: '00901' };
    equal(code(full), null);
    equal(code({ ...full, urbanization: 'URB Las Gladiolas' }), null);
    equal(code({ ...full, city: ' ' }), 'format');
    equal(code({ line1: '1 Calle A' }), 'format');
    equal(code({ line1: '', city: '' }), null);
  });
});

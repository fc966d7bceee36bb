import { equal } from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkAnswer, problemMessage, readAnswer, type QuestionDefinition } from '../src/index.js';

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

describe('tin answers and accept', () => {
  const tin = (accept?: QuestionDefinition['accept']): QuestionDefinition => ({
    id: 'tin',
    control: 'tin',
    label: 'Number',
    ...(accept ? { accept } : {}),
  });
  const code = (question: QuestionDefinition, typed: string) =>
    checkAnswer(question, readAnswer(question, typed), '2026-12-02')?.code ?? null;

  it('accepts Social Security numbers only unless the question accepts ITINs, as the field does', () => {
    const cases: [QuestionDefinition['accept'], string, string | null][] = [
      [undefined, '123-45-6789', null],
      [undefined, '912-70-1234', 'format'],
      [['ssn'], '912-70-1234', 'format'],
      [['itin'], '912-70-1234', null],
      [['itin'], '123-45-6789', 'format'],
      [['ssn', 'itin'], '123-45-6789', null],
      [['ssn', 'itin'], '912 70 1234', null],
      [['ssn', 'itin'], '12-345', 'format'],
    ];
    for (const [accept, typed, expected] of cases)
      equal(code(tin(accept), typed), expected, `${accept?.join(' ')}: ${typed}`);
  });

  it('says which kind of number to enter', () => {
    equal(problemMessage(tin(), 'format'), 'flow.error.format.tin.ssn');
    equal(problemMessage(tin(['itin']), 'format'), 'flow.error.format.tin.itin');
    equal(problemMessage(tin(['itin', 'ssn']), 'format'), 'flow.error.format.tin');
  });
});

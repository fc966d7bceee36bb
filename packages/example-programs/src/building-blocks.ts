/**
 * EXAMPLES TO REVIEW: the expressions and conditions several example programs share (household
 * size, income, poverty-guideline limits, SNAP's net income).
 */
import type { Condition, Expression } from '@plaza/eligibility';

export const size: Expression = { count: { of: 'householdMembers' } };
export const income: Expression = { fact: 'monthlyIncome' };
const earned: Expression = { fact: 'monthlyEarnedIncome' };

export const ageOf = (dob: Expression): Expression => ({ age: { dob } });
export const memberAge: Expression = ageOf({ member: 'dateOfBirth' });
export const someMember = (where: Condition): Condition => ({
  some: { of: 'householdMembers', where },
});

/** An income limit at `percent` of the poverty guideline, per month, rounded up like USDA does. */
export const limit = (percent: number, yearParam?: string): Expression => ({
  fpl: {
    size,
    percent,
    rounding: { mode: 'up' },
    ...(yearParam ? { year: { param: yearParam } } : {}),
  },
});

export const incomeCriterion = (
  id: string,
  percent: number,
  citation: { title: string; url: string },
  yearParam?: string,
) => ({
  id,
  when: { '<=': [income, limit(percent, yearParam)] } as Condition,
  args: { income, limit: limit(percent, yearParam), count: size },
  messages: {
    met: 'example.income.met',
    unmet: 'example.income.unmet',
    unknown: 'example.income.unknown',
  },
  citation,
});

// SNAP net income: gross - 20% of earnings - standard deduction - excess shelter costs.
const afterEarnedAndStandard: Expression = {
  '-': [
    { '-': [income, { '*': [earned, 0.2] }] },
    { lookup: { table: 'snap.standardDeduction', key: size } },
  ],
};
export const elderlyOrDisabled: Condition = someMember({
  any: [{ '>=': [memberAge, 60] }, { member: 'disabled' }],
});
const excessShelter: Expression = {
  max: [
    { money: [0, 'month'] },
    { '-': [{ fact: 'shelterCosts' }, { '*': [afterEarnedAndStandard, 0.5] }] },
  ],
};
const shelterDeduction: Expression = {
  if: [elderlyOrDisabled, excessShelter, { min: [excessShelter, { param: 'snap.shelterCap' }] }],
};
export const snapNet: Expression = {
  max: [{ money: [0, 'month'] }, { '-': [afterEarnedAndStandard, shelterDeduction] }],
};

export const MEDICAID_EXPANSION_STATES = [
  'AK',
  'AZ',
  'AR',
  'CA',
  'CO',
  'CT',
  'DE',
  'DC',
  'HI',
  'ID',
  'IL',
  'IN',
  'IA',
  'KY',
  'LA',
  'ME',
  'MD',
  'MA',
  'MI',
  'MN',
  'MO',
  'MT',
  'NE',
  'NV',
  'NH',
  'NJ',
  'NM',
  'NY',
  'NC',
  'ND',
  'OH',
  'OK',
  'OR',
  'PA',
  'RI',
  'SD',
  'UT',
  'VT',
  'VA',
  'WA',
  'WV',
];

export const receives = (fact: string): Condition => ({ fact });

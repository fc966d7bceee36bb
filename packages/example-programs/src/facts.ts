/**
 * EXAMPLES TO REVIEW: the questions the example programs ask (see programs.ts).
 */
import type { FactDefinition } from '@plaza/eligibility';

export const exampleFacts: FactDefinition[] = [
  {
    id: 'residence',
    type: 'jurisdiction',
    question: 'example.question.residence',
    hint: 'example.hint.residence',
  },
  {
    id: 'householdMembers',
    type: 'members',
    question: 'example.question.householdMembers',
    hint: 'example.hint.householdMembers',
    facts: [
      { id: 'dateOfBirth', type: 'date', question: 'example.question.member.dateOfBirth' },
      {
        id: 'pregnant',
        type: 'boolean',
        question: 'example.question.member.pregnant',
        sensitive: true,
      },
      {
        id: 'recentlyGaveBirth',
        type: 'boolean',
        question: 'example.question.member.recentlyGaveBirth',
        sensitive: true,
      },
      {
        id: 'disabled',
        type: 'boolean',
        question: 'example.question.member.disabled',
        sensitive: true,
      },
      { id: 'inSchool', type: 'boolean', question: 'example.question.member.inSchool' },
    ],
  },
  { id: 'dateOfBirth', type: 'date', question: 'example.question.dateOfBirth' },
  {
    id: 'monthlyIncome',
    type: 'money',
    period: 'month',
    question: 'example.question.monthlyIncome',
    hint: 'example.hint.monthlyIncome',
  },
  {
    id: 'monthlyEarnedIncome',
    type: 'money',
    period: 'month',
    question: 'example.question.monthlyEarnedIncome',
  },
  {
    id: 'shelterCosts',
    type: 'money',
    period: 'month',
    question: 'example.question.shelterCosts',
  },
  { id: 'receivesSnap', type: 'boolean', question: 'example.question.receivesSnap' },
  {
    id: 'receivesMedicaid',
    type: 'boolean',
    question: 'example.question.receivesMedicaid',
    sensitive: true,
  },
  {
    id: 'receivesSsi',
    type: 'boolean',
    question: 'example.question.receivesSsi',
    sensitive: true,
  },
  { id: 'receivesTanf', type: 'boolean', question: 'example.question.receivesTanf' },
  {
    id: 'receivesPublicHousing',
    type: 'boolean',
    question: 'example.question.receivesPublicHousing',
  },
  {
    id: 'receivesVeteransPension',
    type: 'boolean',
    question: 'example.question.receivesVeteransPension',
  },
  {
    id: 'hasMedicare',
    type: 'boolean',
    question: 'example.question.hasMedicare',
    sensitive: true,
  },
  {
    id: 'offeredAffordableEmployerCoverage',
    type: 'boolean',
    question: 'example.question.offeredAffordableEmployerCoverage',
  },
  {
    id: 'taxFilingStatus',
    type: 'enum',
    question: 'example.question.taxFilingStatus',
    options: ['single', 'married-joint', 'married-separate', 'head-of-household', 'not-filing'],
  },
];

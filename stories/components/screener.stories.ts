import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { RuleSet } from '@plaza/eligibility';
import { examplePrograms } from '@plaza/example-programs';
import '@plaza/components/screener.js';
import '@plaza/components/exit-this-page.js';

const AS_OF = '2026-02-01';

/** One program per kind of question, so each story can open on the kind it shows. */
const questionTypes: RuleSet = {
  id: 'question-types',
  version: '1',
  facts: [
    { id: 'veteran', type: 'boolean', question: 'Did you serve in the US military?' },
    { id: 'children', type: 'number', question: 'How many children under 18 live with you?' },
    {
      id: 'rent',
      type: 'money',
      period: 'month',
      question: 'How much is your rent each month?',
      hint: 'Leave out utilities.',
    },
    { id: 'moveIn', type: 'date', question: 'When did you move into your home?' },
    {
      id: 'housing',
      type: 'enum',
      options: ['rent', 'own', 'other'],
      question: 'Do you rent or own your home?',
    },
    { id: 'home', type: 'jurisdiction', question: 'Which state do you live in?' },
    {
      id: 'people',
      type: 'members',
      question: 'Who lives with you?',
      facts: [{ id: 'student', type: 'boolean', question: 'Is person {number} a student?' }],
    },
  ],
  programs: [
    {
      id: 'a',
      name: 'Veterans help',
      agency: 'Example',
      criteria: [{ id: 'c', when: { fact: 'veteran' } }],
    },
    {
      id: 'b',
      name: 'Child help',
      agency: 'Example',
      criteria: [{ id: 'c', when: { '>': [{ fact: 'children' }, 0] } }],
    },
    {
      id: 'c',
      name: 'Rent help',
      agency: 'Example',
      criteria: [{ id: 'c', when: { '>': [{ fact: 'rent' }, { money: [500, 'month'] }] } }],
    },
    {
      id: 'd',
      name: 'New residents',
      agency: 'Example',
      criteria: [{ id: 'c', when: { '>=': [{ fact: 'moveIn' }, { date: '2025-01-01' }] } }],
    },
    {
      id: 'e',
      name: 'Renters',
      agency: 'Example',
      criteria: [{ id: 'c', when: { '==': [{ fact: 'housing' }, 'rent'] } }],
    },
    {
      id: 'f',
      name: 'Ohio help',
      agency: 'Example',
      criteria: [{ id: 'c', when: { livesIn: { state: 'OH' } } }],
    },
    {
      id: 'g',
      name: 'Student help',
      agency: 'Example',
      criteria: [{ id: 'c', when: { some: { of: 'people', where: { member: 'student' } } } }],
    },
  ],
};

interface ScreenerArgs {
  programs: string;
  order: string;
}

const meta: Meta<ScreenerArgs> = {
  title: 'Components/Screener',
  component: 'plaza-screener',
  args: { programs: '', order: '' },
  render: ({ programs, order }) =>
    html`<main>
      <plaza-exit-this-page clear-answers></plaza-exit-this-page>
      <plaza-screener
        .ruleSet=${examplePrograms}
        as-of=${AS_OF}
        storage="memory"
        programs=${programs}
        order=${order}
      ></plaza-screener>
    </main>`,
};
export default meta;
type Story = StoryObj<ScreenerArgs>;

/** The full screener over the nine example programs. */
export const ExamplePrograms: Story = {};

/** Only health coverage, with the agency asking about Medicare before income where both help. */
export const HealthCoverageOnly: Story = {
  args: { programs: 'medicaid-adult chip aca-premium-tax-credit', order: 'hasMedicare' },
};

export const Spanish: Story = {
  render: () =>
    html`<main lang="es">
      <plaza-screener .ruleSet=${examplePrograms} as-of=${AS_OF} storage="memory"></plaza-screener>
    </main>`,
};

const firstQuestion = (fact: string): Story => ({
  render: () =>
    html`<main>
      <plaza-screener .ruleSet=${questionTypes} order=${fact} storage="memory"></plaza-screener>
    </main>`,
});

export const YesOrNoQuestion = firstQuestion('veteran');
export const NumberQuestion = firstQuestion('children');
export const MoneyQuestion = firstQuestion('rent');
export const DateQuestion = firstQuestion('moveIn');
export const ChoiceQuestion = firstQuestion('housing');
export const StateQuestion = firstQuestion('home');
export const HouseholdQuestion = firstQuestion('people');

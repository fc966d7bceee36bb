import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { evaluate, loadRuleSet } from '@plaza/eligibility';
import { examplePrograms } from '@plaza/example-programs';
import '@plaza/components/eligibility-results.js';

const compiled = loadRuleSet(examplePrograms);
const AS_OF = '2026-02-01';

/** Fixed results: every program likely, maybe or unlikely, from example households. */
const results = {
  mixed: evaluate(
    compiled,
    {
      residence: { state: 'TX' },
      dateOfBirth: '1990-04-10',
      householdMembers: [
        { dateOfBirth: '1990-04-10' },
        { dateOfBirth: '2022-06-01' },
        { dateOfBirth: '2017-03-15', inSchool: true },
      ],
      monthlyIncome: 2100,
      monthlyEarnedIncome: 2100,
      shelterCosts: 900,
    },
    { asOf: AS_OF },
  ),
  maybe: evaluate(
    compiled,
    { residence: { state: 'TX' }, householdMembers: [{}, {}] },
    { asOf: AS_OF },
  ),
  unlikely: evaluate(
    compiled,
    {
      residence: { state: 'TX' },
      householdMembers: [
        {
          dateOfBirth: '1970-01-01',
          inSchool: false,
          pregnant: false,
          recentlyGaveBirth: false,
          disabled: false,
        },
      ],
      monthlyIncome: 20000,
      dateOfBirth: '1970-01-01',
      offeredAffordableEmployerCoverage: true,
      receivesSnap: false,
      receivesMedicaid: false,
      receivesSsi: false,
      receivesTanf: false,
      receivesPublicHousing: false,
      receivesVeteransPension: false,
      hasMedicare: false,
    },
    { asOf: AS_OF },
  ),
};

interface ResultsArgs {
  state: keyof typeof results;
}

const meta: Meta<ResultsArgs> = {
  title: 'Components/Eligibility results',
  component: 'plaza-eligibility-results',
  args: { state: 'mixed' },
  argTypes: { state: { control: 'select', options: Object.keys(results) } },
  render: ({ state }) =>
    html`<main>
      <plaza-eligibility-results
        .result=${results[state]}
        .ruleSet=${examplePrograms}
      ></plaza-eligibility-results>
    </main>`,
};
export default meta;
type Story = StoryObj<ResultsArgs>;

export const Mixed: Story = {};
export const MoreInformationNeeded: Story = { args: { state: 'maybe' } };
export const Unlikely: Story = { args: { state: 'unlikely' } };

export const Spanish: Story = {
  render: () =>
    html`<main lang="es">
      <plaza-eligibility-results
        .result=${results.mixed}
        .ruleSet=${examplePrograms}
      ></plaza-eligibility-results>
    </main>`,
};

/**
 * EXAMPLES TO REVIEW: the dated, cited figures the example programs use (see programs.ts).
 */
import type { ParameterDefinition } from '@plaza/eligibility';
import { ECFR, FNS_COLA } from './sources.js';

export const exampleParameters: Record<string, ParameterDefinition> = {
  'snap.guidelineYear': {
    type: 'number',
    description:
      'SNAP income limits for a federal fiscal year (from 1 October) use the poverty guidelines of the calendar year before.',
    values: [
      { from: '2025-10-01', value: 2025, citation: FNS_COLA },
      {
        from: '2026-10-01',
        value: 2026,
        citation: {
          title: '7 U.S.C. 2014(c): income standards use the nonfarm income poverty guidelines',
          url: 'https://www.law.cornell.edu/uscode/text/7/2014',
        },
      },
    ],
  },
  'snap.standardDeduction': {
    type: 'table',
    period: 'month',
    description:
      'Standard deduction by household size, 48 states and DC. Only sizes 1 to 3 were confirmed for FY 2026; larger households get "unknown" until an agency adds its figures.',
    values: [{ from: '2025-10-01', value: { '1': 209, '2': 209, '3': 209 }, citation: FNS_COLA }],
  },
  'snap.shelterCap': {
    type: 'money',
    period: 'month',
    description:
      'Cap on the excess shelter deduction (48 states and DC) unless a member is elderly or disabled.',
    values: [{ from: '2025-10-01', value: 744, citation: FNS_COLA }],
  },
  'wic.guidelineYear': {
    type: 'number',
    description:
      'WIC income eligibility guidelines take effect each 1 July from that calendar year’s poverty guidelines.',
    values: [
      {
        from: '2025-07-01',
        value: 2025,
        citation: { title: '7 CFR 246.7(d)(1)', url: `${ECFR}/title-7/section-246.7` },
      },
      {
        from: '2026-07-01',
        value: 2026,
        citation: { title: '7 CFR 246.7(d)(1)', url: `${ECFR}/title-7/section-246.7` },
      },
    ],
  },
  'meals.guidelineYear': {
    type: 'number',
    description:
      'School meal income eligibility guidelines run 1 July to 30 June from that calendar year’s poverty guidelines.',
    values: [
      {
        from: '2025-07-01',
        value: 2025,
        citation: { title: '7 CFR 245.3(a)', url: `${ECFR}/title-7/section-245.3` },
      },
      {
        from: '2026-07-01',
        value: 2026,
        citation: { title: '7 CFR 245.3(a)', url: `${ECFR}/title-7/section-245.3` },
      },
    ],
  },
  'liheap.guidelineYear': {
    type: 'number',
    description:
      'LIHEAP federal fiscal year (from 1 October) using that calendar year’s poverty guidelines.',
    values: [
      {
        from: '2025-10-01',
        value: 2025,
        citation: {
          title: '42 U.S.C. 8624(b)(2)',
          url: 'https://www.law.cornell.edu/uscode/text/42/8624',
        },
      },
      {
        from: '2026-10-01',
        value: 2026,
        citation: {
          title: '42 U.S.C. 8624(b)(2)',
          url: 'https://www.law.cornell.edu/uscode/text/42/8624',
        },
      },
    ],
  },
  'aca.guidelineYear': {
    type: 'number',
    description:
      'Premium tax credits for coverage year Y use the poverty guidelines published in Y-1.',
    values: [
      {
        from: '2026-01-01',
        value: 2025,
        citation: { title: '26 CFR 1.36B-1(h)', url: `${ECFR}/title-26/section-1.36B-1` },
      },
      {
        from: '2027-01-01',
        value: 2026,
        citation: { title: '26 CFR 1.36B-1(h)', url: `${ECFR}/title-26/section-1.36B-1` },
      },
    ],
  },
  'aca.upperPercent': {
    type: 'number',
    description:
      'Upper income limit for the premium tax credit, percent of the poverty line. The increase past 400% under 36B(c)(1)(E) applied to 2021-2025 only.',
    values: [
      {
        from: '2026-01-01',
        value: 400,
        citation: {
          title: '26 U.S.C. 36B(c)(1)',
          url: 'https://www.law.cornell.edu/uscode/text/26/36B',
        },
      },
    ],
  },
  'chip.upperPercent': {
    type: 'table',
    description:
      'Upper income limits for children’s coverage (Medicaid and CHIP), percent of the poverty line including the 5-point MAGI disregard, for California only. New York and Texas were removed because their figures could not be confirmed from a source; they, like every other state, get "maybe" until an agency adds a checked figure.',
    values: [
      {
        from: '2023-12-01',
        // California: Medicaid for children ages 0-1, 1-5 and 6-18 is 261% in the Medicaid.gov
        // table (state decisions as of 1 December 2023), plus the 5% disregard of
        // 42 CFR 435.603(d)(4): 266%. County CHIP programs above that ("See note 6") are not
        // modelled.
        value: { CA: 266 },
        citation: {
          title:
            "Medicaid.gov: Medicaid, Children's Health Insurance Program, & Basic Health Program Eligibility Levels (as of December 1, 2023), California, Children Medicaid ages 0-1, 1-5 and 6-18: 261%; plus the 5% disregard, 42 CFR 435.603(d)(4)",
          url: 'https://www.medicaid.gov/medicaid/national-medicaid-chip-program-information/medicaid-childrens-health-insurance-program-basic-health-program-eligibility-levels/index.html',
        },
      },
    ],
  },
};

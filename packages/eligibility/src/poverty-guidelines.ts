/**
 * The HHS poverty guidelines, as dated, cited parameter data. Figures are copied from the annual
 * Federal Register notices; see docs/eligibility/parameters.md for how each was checked.
 *
 * 2025: all three tables, checked against USDA's FY 2026 SNAP income limits, which are derived
 * from them (see values.test.ts).
 * 2026: all three tables. The Alaska and Hawaii rows for two or more people come from a
 * reproduction of the notice (American Council on Aging, medicaidplanningassistance.org, updated
 * 15 January 2026), as the notice's own table text was not available to the author; the 48-state
 * and one-person Alaska and Hawaii figures on that page match other sources. Every Alaska and
 * Hawaii figure (1 to 8 people and the per-person amounts) also matches HHS ASPE's "HHS Poverty
 * Guidelines for 2026" page
 * (https://aspe.hhs.gov/topics/poverty-economic-mobility/poverty-guidelines), but the notice's
 * own table text has still not been compared. Check them against the notice before relying on
 * them (docs/eligibility/parameters.md).
 * Areas the guidelines do not cover (territories) give "unknown", never a zero limit.
 */
import type { ParameterDefinition } from './types.js';

export const POVERTY_GUIDELINES_PARAMETER = 'hhs.povertyGuidelines';

/** 2025 and 2026 HHS poverty guidelines (annual amounts, US dollars). */
export const hhsPovertyGuidelines: ParameterDefinition = {
  type: 'povertyGuidelines',
  description:
    'HHS poverty guidelines: 48 contiguous states and DC, Alaska, Hawaii. Households above the listed sizes add the per-person amount.',
  values: [
    {
      from: '2025-01-15',
      value: {
        year: 2025,
        contiguous: {
          amounts: [15650, 21150, 26650, 32150, 37650, 43150, 48650, 54150],
          perAdditionalPerson: 5500,
        },
        alaska: {
          amounts: [19550, 26430, 33310, 40190, 47070, 53950, 60830, 67710],
          perAdditionalPerson: 6880,
        },
        hawaii: {
          amounts: [17990, 24320, 30650, 36980, 43310, 49640, 55970, 62300],
          perAdditionalPerson: 6330,
        },
      },
      citation: {
        title:
          'Annual Update of the HHS Poverty Guidelines, 90 FR 5917 (January 17, 2025), FR Doc. 2025-01377',
        url: 'https://www.govinfo.gov/content/pkg/FR-2025-01-17/html/2025-01377.htm',
      },
      note: 'Effective January 15, 2025 unless a program specifies another date.',
    },
    {
      from: '2026-01-13',
      value: {
        year: 2026,
        contiguous: {
          amounts: [15960, 21640, 27320, 33000, 38680, 44360, 50040, 55720],
          perAdditionalPerson: 5680,
        },
        alaska: {
          amounts: [19950, 27050, 34150, 41250, 48350, 55450, 62550, 69650],
          perAdditionalPerson: 7100,
        },
        hawaii: {
          amounts: [18360, 24890, 31420, 37950, 44480, 51010, 57540, 64070],
          perAdditionalPerson: 6530,
        },
      },
      citation: {
        title:
          'Annual Update of the HHS Poverty Guidelines, 91 FR 1797 (January 15, 2026), FR Doc. 2026-00755',
        url: 'https://www.govinfo.gov/content/pkg/FR-2026-01-15/html/2026-00755.htm',
      },
      note: 'Effective January 13, 2026 unless a program specifies another date. Alaska and Hawaii rows for 2+ people from a reproduction of the notice; check against it (see module comment).',
    },
  ],
};

/** Parameters every rule set gets unless it defines a parameter with the same id. */
export const BUILT_IN_PARAMETERS: Readonly<Record<string, ParameterDefinition>> = {
  [POVERTY_GUIDELINES_PARAMETER]: hhsPovertyGuidelines,
};

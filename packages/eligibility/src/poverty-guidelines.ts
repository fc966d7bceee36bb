/**
 * The HHS poverty guidelines, as dated, cited parameter data. Figures are copied from the annual
 * Federal Register notices; see docs/eligibility/parameters.md for how each was checked.
 *
 * 2025: all three tables. The Alaska and Hawaii figures are checked against USDA's FY 2026 SNAP
 * income limits (derived from them, see poverty-guidelines.test.ts).
 * 2026: the 48 states and DC in full; for Alaska and Hawaii only the one-person figures could be
 * confirmed while this was written, so those schedules list one amount and no per-person
 * increment. A 2026 household of two or more in Alaska or Hawaii therefore gets "unknown" (never
 * a zero or a guessed limit) until the full tables are copied from the notice.
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
        alaska: { amounts: [19950] },
        hawaii: { amounts: [18360] },
      },
      citation: {
        title:
          'Annual Update of the HHS Poverty Guidelines, 91 FR 1797 (January 15, 2026), FR Doc. 2026-00755',
        url: 'https://www.govinfo.gov/content/pkg/FR-2026-01-15/html/2026-00755.htm',
      },
      note: 'Effective January 13, 2026 unless a program specifies another date. Alaska and Hawaii: one-person figures only (see module comment).',
    },
  ],
};

/** Parameters every rule set gets unless it defines a parameter with the same id. */
export const BUILT_IN_PARAMETERS: Readonly<Record<string, ParameterDefinition>> = {
  [POVERTY_GUIDELINES_PARAMETER]: hhsPovertyGuidelines,
};

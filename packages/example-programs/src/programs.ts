/**
 * EXAMPLES TO REVIEW. Nine US benefit programs written as rules for @plaza/eligibility, each
 * cited to the regulation or notice it follows. They are simplified screeners, not
 * determinations: an agency must review every rule, figure and date against its own state's
 * policy before showing them to residents. The simplifications are listed in README.md.
 */
import type { RuleSet } from '@plaza/eligibility';
import { exampleFacts } from './facts.js';
import { exampleParameters } from './parameters.js';
import { ECFR } from './sources.js';
import {
  size,
  income,
  ageOf,
  memberAge,
  someMember,
  limit,
  incomeCriterion,
  elderlyOrDisabled,
  snapNet,
  MEDICAID_EXPANSION_STATES,
  receives,
} from './building-blocks.js';

export const examplePrograms: RuleSet = {
  $schema: 'https://plaza.example.gov/schemas/eligibility/rule-set.json',
  id: 'plaza-example-programs',
  version: '0.1.0',
  title: 'Example US benefit programs (to be reviewed by each agency)',
  options: { timeZone: 'America/New_York' },
  facts: exampleFacts,
  parameters: exampleParameters,
  programs: [
    {
      id: 'snap',
      name: 'example.program.snap.name',
      description: 'example.program.snap.description',
      agency: 'example.agency.snap',
      links: { learnMore: 'https://www.fns.usda.gov/snap/recipient/eligibility' },
      citations: [
        { title: '7 CFR 273.9: income and deductions', url: `${ECFR}/title-7/section-273.9` },
      ],
      criteria: [
        {
          id: 'gross-income',
          when: { any: [elderlyOrDisabled, { '<=': [income, limit(130, 'snap.guidelineYear')] }] },
          args: { income, limit: limit(130, 'snap.guidelineYear'), count: size },
          messages: {
            met: 'example.snap.gross.met',
            unmet: 'example.income.unmet',
            unknown: 'example.income.unknown',
          },
          citation: { title: '7 CFR 273.9(a)(1)', url: `${ECFR}/title-7/section-273.9` },
        },
        {
          id: 'net-income',
          when: { '<=': [snapNet, limit(100, 'snap.guidelineYear')] },
          args: { net: snapNet, limit: limit(100, 'snap.guidelineYear'), count: size },
          messages: {
            met: 'example.snap.net.met',
            unmet: 'example.snap.net.unmet',
            unknown: 'example.snap.net.unknown',
          },
          citation: { title: '7 CFR 273.9(a)(2) and (d)', url: `${ECFR}/title-7/section-273.9` },
        },
      ],
    },
    {
      id: 'medicaid-adult',
      name: 'example.program.medicaidAdult.name',
      description: 'example.program.medicaidAdult.description',
      agency: 'example.agency.medicaid',
      links: { apply: 'https://www.healthcare.gov/medicaid-chip/getting-medicaid-chip/' },
      citations: [
        { title: '42 CFR 435.119: adults aged 19 to 64', url: `${ECFR}/title-42/section-435.119` },
        {
          title: '42 CFR 435.603(d)(4): 5 percentage point disregard',
          url: `${ECFR}/title-42/section-435.603`,
        },
      ],
      criteria: [
        {
          id: 'expansion-state',
          when: { livesIn: { state: MEDICAID_EXPANSION_STATES } },
          messages: {
            met: 'example.medicaid.state.met',
            unmet: 'example.medicaid.state.unmet',
            unknown: 'example.medicaid.state.unknown',
          },
          citation: {
            title: 'KFF: Status of State Medicaid Expansion Decisions',
            url: 'https://www.kff.org/medicaid/issue-brief/status-of-state-medicaid-expansion-decisions/',
          },
        },
        {
          id: 'age',
          when: {
            all: [
              { '>=': [ageOf({ fact: 'dateOfBirth' }), 19] },
              { '<=': [ageOf({ fact: 'dateOfBirth' }), 64] },
            ],
          },
          args: { age: ageOf({ fact: 'dateOfBirth' }) },
          messages: {
            met: 'example.age.adult.met',
            unmet: 'example.age.adult.unmet',
            unknown: 'example.age.unknown',
          },
          citation: { title: '42 CFR 435.119(b)', url: `${ECFR}/title-42/section-435.119` },
        },
        {
          id: 'no-medicare',
          when: { not: { fact: 'hasMedicare' } },
          citation: { title: '42 CFR 435.119(b)(3)', url: `${ECFR}/title-42/section-435.119` },
        },
        incomeCriterion('income', 138, {
          title: '42 CFR 435.119(b)(5) and 435.603(d)(4): 133% plus 5%',
          url: `${ECFR}/title-42/section-435.603`,
        }),
      ],
    },
    {
      id: 'chip',
      name: 'example.program.chip.name',
      description: 'example.program.chip.description',
      agency: 'example.agency.chip',
      links: { learnMore: 'https://www.insurekidsnow.gov/' },
      citations: [
        {
          title: '42 CFR 457.310: targeted low-income child',
          url: `${ECFR}/title-42/section-457.310`,
        },
      ],
      criteria: [
        {
          id: 'child',
          when: someMember({ '<': [memberAge, 19] }),
          messages: {
            met: 'example.child19.met',
            unmet: 'example.child19.unmet',
            unknown: 'example.child19.unknown',
          },
          citation: { title: '42 CFR 457.310(a)', url: `${ECFR}/title-42/section-457.310` },
        },
        {
          id: 'income',
          when: {
            '<=': [
              { percentOfFpl: { income, size } },
              { lookup: { table: 'chip.upperPercent', key: { fact: 'residence' } } },
            ],
          },
          args: {
            percent: { percentOfFpl: { income, size } },
            limit: { lookup: { table: 'chip.upperPercent', key: { fact: 'residence' } } },
          },
          messages: {
            met: 'example.chip.income.met',
            unmet: 'example.chip.income.unmet',
            unknown: 'example.chip.income.unknown',
          },
          citation: {
            title:
              "Medicaid.gov: Medicaid, Children's Health Insurance Program, & Basic Health Program Eligibility Levels (as of December 1, 2023)",
            url: 'https://www.medicaid.gov/medicaid/national-medicaid-chip-program-information/medicaid-childrens-health-insurance-program-basic-health-program-eligibility-levels/index.html',
          },
        },
      ],
    },
    {
      id: 'wic',
      name: 'example.program.wic.name',
      description: 'example.program.wic.description',
      agency: 'example.agency.wic',
      links: { learnMore: 'https://www.fns.usda.gov/wic/wic-how-apply' },
      citations: [
        {
          title: '7 CFR 246.7: certification of participants',
          url: `${ECFR}/title-7/section-246.7`,
        },
      ],
      criteria: [
        {
          id: 'category',
          when: someMember({
            any: [{ member: 'pregnant' }, { member: 'recentlyGaveBirth' }, { '<': [memberAge, 5] }],
          }),
          messages: {
            met: 'example.wic.category.met',
            unmet: 'example.wic.category.unmet',
            unknown: 'example.wic.category.unknown',
          },
          citation: {
            title: '7 CFR 246.2: categorical eligibility (women, infants, children under 5)',
            url: `${ECFR}/title-7/section-246.2`,
          },
        },
        {
          id: 'income',
          when: {
            any: [
              receives('receivesSnap'),
              receives('receivesMedicaid'),
              receives('receivesTanf'),
              { '<=': [income, limit(185, 'wic.guidelineYear')] },
            ],
          },
          args: { income, limit: limit(185, 'wic.guidelineYear'), count: size },
          messages: {
            met: 'example.incomeOrBenefits.met',
            unmet: 'example.income.unmet',
            unknown: 'example.income.unknown',
          },
          citation: {
            title: '7 CFR 246.7(d)(1) and (d)(2)(vi)',
            url: `${ECFR}/title-7/section-246.7`,
          },
        },
      ],
    },
    {
      id: 'liheap',
      name: 'example.program.liheap.name',
      description: 'example.program.liheap.description',
      agency: 'example.agency.liheap',
      links: { learnMore: 'https://www.acf.hhs.gov/ocs/programs/liheap' },
      citations: [
        {
          title: '42 U.S.C. 8624(b)(2): eligible households',
          url: 'https://www.law.cornell.edu/uscode/text/42/8624',
        },
      ],
      criteria: [
        {
          id: 'income',
          when: {
            any: [
              receives('receivesSnap'),
              receives('receivesSsi'),
              receives('receivesTanf'),
              { '<=': [income, limit(150, 'liheap.guidelineYear')] },
            ],
          },
          args: { income, limit: limit(150, 'liheap.guidelineYear'), count: size },
          messages: {
            met: 'example.incomeOrBenefits.met',
            unmet: 'example.income.unmet',
            unknown: 'example.income.unknown',
          },
          citation: {
            title: '42 U.S.C. 8624(b)(2)(A) and (B)',
            url: 'https://www.law.cornell.edu/uscode/text/42/8624',
          },
        },
      ],
    },
    {
      id: 'lifeline',
      name: 'example.program.lifeline.name',
      description: 'example.program.lifeline.description',
      agency: 'example.agency.lifeline',
      links: { apply: 'https://www.lifelinesupport.org/' },
      citations: [
        {
          title: '47 CFR 54.409: consumer qualification for Lifeline',
          url: `${ECFR}/title-47/section-54.409`,
        },
      ],
      criteria: [
        {
          id: 'income-or-program',
          when: {
            any: [
              receives('receivesSnap'),
              receives('receivesMedicaid'),
              receives('receivesSsi'),
              receives('receivesPublicHousing'),
              receives('receivesVeteransPension'),
              { '<=': [income, limit(135)] },
            ],
          },
          args: { income, limit: limit(135), count: size },
          messages: {
            met: 'example.incomeOrBenefits.met',
            unmet: 'example.income.unmet',
            unknown: 'example.income.unknown',
          },
          citation: { title: '47 CFR 54.409(a)', url: `${ECFR}/title-47/section-54.409` },
        },
      ],
    },
    {
      id: 'school-meals-free',
      name: 'example.program.mealsFree.name',
      description: 'example.program.mealsFree.description',
      agency: 'example.agency.meals',
      links: {
        learnMore: 'https://www.fns.usda.gov/cn/applying-free-and-reduced-price-school-meals',
      },
      citations: [
        {
          title: '7 CFR 245.6: applications and eligibility',
          url: `${ECFR}/title-7/section-245.6`,
        },
      ],
      criteria: [
        {
          id: 'student',
          when: someMember({ member: 'inSchool' }),
          messages: {
            met: 'example.student.met',
            unmet: 'example.student.unmet',
            unknown: 'example.student.unknown',
          },
        },
        {
          id: 'income',
          when: {
            any: [
              receives('receivesSnap'),
              receives('receivesTanf'),
              { '<=': [income, limit(130, 'meals.guidelineYear')] },
            ],
          },
          args: { income, limit: limit(130, 'meals.guidelineYear'), count: size },
          messages: {
            met: 'example.incomeOrBenefits.met',
            unmet: 'example.income.unmet',
            unknown: 'example.income.unknown',
          },
          citation: {
            title: '42 U.S.C. 1758(b)(1) and 7 CFR 245.2',
            url: `${ECFR}/title-7/section-245.2`,
          },
        },
      ],
    },
    {
      id: 'school-meals-reduced',
      name: 'example.program.mealsReduced.name',
      description: 'example.program.mealsReduced.description',
      agency: 'example.agency.meals',
      links: {
        learnMore: 'https://www.fns.usda.gov/cn/applying-free-and-reduced-price-school-meals',
      },
      excludes: ['school-meals-free'],
      citations: [
        { title: '7 CFR 245.2: reduced price meals', url: `${ECFR}/title-7/section-245.2` },
      ],
      criteria: [
        {
          id: 'student',
          when: someMember({ member: 'inSchool' }),
          messages: {
            met: 'example.student.met',
            unmet: 'example.student.unmet',
            unknown: 'example.student.unknown',
          },
        },
        incomeCriterion(
          'income',
          185,
          {
            title: '42 U.S.C. 1758(b)(1)(A)',
            url: 'https://www.law.cornell.edu/uscode/text/42/1758',
          },
          'meals.guidelineYear',
        ),
      ],
    },
    {
      id: 'aca-premium-tax-credit',
      name: 'example.program.ptc.name',
      description: 'example.program.ptc.description',
      agency: 'example.agency.ptc',
      links: { apply: 'https://www.healthcare.gov/' },
      excludes: ['medicaid-adult'],
      citations: [
        {
          title: '26 U.S.C. 36B: refundable credit for coverage under a qualified health plan',
          url: 'https://www.law.cornell.edu/uscode/text/26/36B',
        },
      ],
      criteria: [
        {
          id: 'income',
          when: {
            all: [
              {
                '>=': [
                  { percentOfFpl: { income, size, year: { param: 'aca.guidelineYear' } } },
                  100,
                ],
              },
              {
                '<=': [
                  { percentOfFpl: { income, size, year: { param: 'aca.guidelineYear' } } },
                  { param: 'aca.upperPercent' },
                ],
              },
            ],
          },
          args: {
            percent: { percentOfFpl: { income, size, year: { param: 'aca.guidelineYear' } } },
            limit: { param: 'aca.upperPercent' },
          },
          messages: {
            met: 'example.ptc.income.met',
            unmet: 'example.ptc.income.unmet',
            unknown: 'example.ptc.income.unknown',
          },
          citation: {
            title: '26 U.S.C. 36B(c)(1)(A)',
            url: 'https://www.law.cornell.edu/uscode/text/26/36B',
          },
        },
        {
          id: 'no-affordable-offer',
          when: { not: { fact: 'offeredAffordableEmployerCoverage' } },
          citation: {
            title: '26 U.S.C. 36B(c)(2)(C)',
            url: 'https://www.law.cornell.edu/uscode/text/26/36B',
          },
        },
        {
          id: 'files-jointly-if-married',
          when: {
            in: [{ fact: 'taxFilingStatus' }, ['single', 'married-joint', 'head-of-household']],
          },
          messages: {
            met: 'example.ptc.filing.met',
            unmet: 'example.ptc.filing.unmet',
            unknown: 'example.ptc.filing.unknown',
          },
          citation: {
            title: '26 U.S.C. 36B(c)(1)(C)',
            url: 'https://www.law.cornell.edu/uscode/text/26/36B',
          },
        },
      ],
    },
  ],
};

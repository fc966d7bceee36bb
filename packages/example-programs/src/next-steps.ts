/**
 * EXAMPLES TO REVIEW: next steps for each example program (where to apply, documents to have
 * ready, who to contact) and the services in `@plaza/directory`'s example directory
 * (packages/directory/examples/directory.json) that help with it. The national addresses and
 * telephone numbers are the federal ones; an agency replaces them with its own state's and its
 * own directory's service ids. Lifeline, school meals and the premium tax credit have no matching
 * service in the example directory, so they list none.
 */
import type { Program } from '@plaza/eligibility';

type NextSteps = Pick<Program, 'apply' | 'documents' | 'contact' | 'services'>;

const HEALTHCARE_GOV_CALL_CENTER = {
  name: 'example.contact.marketplace',
  phone: '1-800-318-2596',
  url: 'https://www.healthcare.gov/contact-us/',
};
const HEALTH_COVERAGE_HELP = ['svc-medicaid-and-peachcare-application-help'];
const SCHOOL_MEALS: NextSteps = {
  apply: {
    url: 'https://www.fns.usda.gov/cn/applying-free-and-reduced-price-school-meals',
    label: 'example.apply.meals',
  },
  documents: [
    'example.document.caseNumber',
    'example.document.householdIncome',
    'example.document.ssnLastFour',
  ],
  contact: { name: 'example.contact.meals' },
};

export const exampleNextSteps: Readonly<Record<string, NextSteps>> = {
  snap: {
    apply: { url: 'https://www.fns.usda.gov/snap/state-directory', label: 'example.apply.snap' },
    documents: [
      'example.document.id',
      'example.document.income',
      'example.document.housingCosts',
      'example.document.ssn',
    ],
    contact: {
      name: 'example.contact.hungerHotline',
      phone: '1-866-348-6479',
      url: 'https://www.fns.usda.gov/snap/state-directory',
    },
    services: ['svc-snap-food-benefits-application-help'],
  },
  'medicaid-adult': {
    apply: {
      url: 'https://www.healthcare.gov/medicaid-chip/getting-medicaid-chip/',
      label: 'example.apply.medicaid',
    },
    documents: [
      'example.document.id',
      'example.document.income',
      'example.document.ssn',
      'example.document.immigration',
    ],
    contact: HEALTHCARE_GOV_CALL_CENTER,
    services: HEALTH_COVERAGE_HELP,
  },
  chip: {
    apply: { url: 'https://www.insurekidsnow.gov/', label: 'example.apply.chip' },
    documents: ['example.document.income', 'example.document.ssn', 'example.document.immigration'],
    contact: {
      name: 'example.contact.insureKidsNow',
      phone: '1-877-543-7669',
      url: 'https://www.insurekidsnow.gov/',
    },
    services: HEALTH_COVERAGE_HELP,
  },
  wic: {
    apply: { url: 'https://www.fns.usda.gov/wic/wic-how-apply', label: 'example.apply.wic' },
    documents: ['example.document.id', 'example.document.address', 'example.document.income'],
    contact: { name: 'example.contact.wic', url: 'https://www.fns.usda.gov/wic/wic-how-apply' },
    services: [
      'svc-wic-nutrition-program',
      'svc-wic-nutrition-program-west-end',
      'svc-wic-nutrition-program-roswell',
      'svc-wic-nutrition-program-alpharetta',
      'svc-wic-nutrition-program-lawrenceville',
      'svc-wic-nutrition-program-norcross',
      'svc-wic-nutrition-program-snellville',
    ],
  },
  liheap: {
    apply: { url: 'https://www.acf.hhs.gov/ocs/programs/liheap', label: 'example.apply.liheap' },
    documents: ['example.document.id', 'example.document.income', 'example.document.energyBill'],
    contact: { name: 'example.contact.energyReferral', phone: '1-866-674-6327' },
    services: [
      'svc-home-energy-assistance-liheap',
      'svc-atlanta-weatherization-program-westside',
      'svc-atlanta-weatherization-program-grant-park',
      'svc-atlanta-weatherization-program-midtown',
      'svc-johns-creek-weatherization-program',
      'svc-duluth-weatherization-program',
    ],
  },
  lifeline: {
    apply: { url: 'https://www.lifelinesupport.org/', label: 'example.apply.lifeline' },
    documents: ['example.document.id', 'example.document.benefitLetter', 'example.document.income'],
    contact: {
      name: 'example.contact.lifeline',
      phone: '1-800-234-9473',
      email: 'LifelineSupport@usac.org',
    },
  },
  'school-meals-free': SCHOOL_MEALS,
  'school-meals-reduced': SCHOOL_MEALS,
  'aca-premium-tax-credit': {
    apply: { url: 'https://www.healthcare.gov/', label: 'example.apply.marketplace' },
    documents: [
      'example.document.taxReturn',
      'example.document.income',
      'example.document.employerCoverage',
    ],
    contact: HEALTHCARE_GOV_CALL_CENTER,
  },
};

/** A program with its example next steps. */
export function withNextSteps(program: Program): Program {
  return { ...program, ...exampleNextSteps[program.id] };
}

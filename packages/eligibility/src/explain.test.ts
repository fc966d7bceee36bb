import { registerMessages, translate } from '@plaza/i18n';
import { evaluate } from './evaluate.js';
import { explain, questionText, registerEligibilityMessages } from './explain.js';
import { loadRuleSet } from './document/rule-set.js';
import { en, es } from './messages.js';
import { household } from '../test/fixtures.js';
import { deepEqual, equal, ok } from '../test/assert.js';

const size = { count: { of: 'members' } };
const limit = { fpl: { size, percent: 130, rounding: { mode: 'up' as const } } };
const rules = household(
  [
    {
      id: 'food',
      name: 'test.food.name',
      agency: 'Test agency',
      criteria: [
        {
          id: 'gross',
          when: { '<=': [{ fact: 'income' }, limit] },
          args: { income: { fact: 'income' }, limit, count: size },
          messages: {
            met: 'test.gross.met',
            unmet: 'test.gross.unmet',
            unknown: 'test.gross.unknown',
          },
          citation: {
            title: '7 CFR 273.9(a)',
            url: 'https://www.ecfr.gov/current/title-7/section-273.9',
          },
        },
      ],
    },
  ],
  {
    messages: {
      en: {
        'test.food.name': 'Food help',
        'test.gross.met': {
          one: "Your household's monthly income of {income} is below the {limit} limit for {count} person.",
          other:
            "Your household's monthly income of {income} is below the {limit} limit for {count} people.",
        },
        'test.gross.unmet':
          "Your household's monthly income of {income} is above the {limit} limit for {count} people.",
        'test.gross.unknown':
          'We need your income and household size to compare them with the limit.',
        'q.income': 'What is your household income each month?',
        'q.member.dateOfBirth': 'What is the date of birth of person {number}?',
      },
      es: {
        'test.food.name': 'Ayuda con alimentos',
        'test.gross.met': {
          one: 'Los ingresos mensuales de su hogar, {income}, están por debajo del límite de {limit} para {count} persona.',
          other:
            'Los ingresos mensuales de su hogar, {income}, están por debajo del límite de {limit} para {count} personas.',
        },
        'q.income': '¿Cuáles son los ingresos mensuales de su hogar?',
      },
    },
  },
);
const compiled = loadRuleSet(rules);
const answers = { residence: { state: 'NM' }, income: 2100, members: [{}, {}, {}] };

describe('explanations', () => {
  it('renders the issue example in English', () => {
    const [program] = explain(evaluate(compiled, answers, { asOf: '2025-11-01' }), 'en', compiled);
    equal(program.summary, 'You are likely eligible for Food help.');
    equal(
      program.reasons[0].text,
      "Your household's monthly income of $2,100 is below the $2,888 limit for 3 people.",
    );
    equal(program.reasons[0].citation?.title, '7 CFR 273.9(a)');
  });

  it('renders in Spanish, and in es-MX through the language fallback', () => {
    for (const lang of ['es', 'es-MX']) {
      const [program] = explain(
        evaluate(compiled, answers, { asOf: '2025-11-01' }),
        lang,
        compiled,
      );
      equal(program.summary, 'Es probable que usted califique para Ayuda con alimentos.');
      // `es` is formatted as US Spanish; a region (es-MX) keeps its own conventions.
      const locale = lang === 'es' ? 'es-US' : lang;
      const expected = `Los ingresos mensuales de su hogar, ${money(locale, 2100)}, están por debajo del límite de ${money(locale, 2888)} para 3 personas.`;
      equal(program.reasons[0].text, expected);
    }
  });

  it('chooses plural forms by count', () => {
    const [program] = explain(
      evaluate(compiled, { ...answers, income: 1000, members: [{}] }, { asOf: '2025-11-01' }),
      'en',
      compiled,
    );
    equal(
      program.reasons[0].text,
      "Your household's monthly income of $1,000 is below the $1,696 limit for 1 person.",
    );
    equal(Math.ceil((15650 * 1.3) / 12), 1696);
  });

  it('turns missing facts into the questions to ask next', () => {
    const result = evaluate(
      compiled,
      { residence: { state: 'NM' }, members: [{}] },
      { asOf: '2025-11-01' },
    );
    const [program] = explain(result, 'en', compiled);
    equal(program.status, 'maybe');
    deepEqual(program.questions, ['What is your household income each month?']);
    equal(
      explain(result, 'es', compiled)[0].questions[0],
      '¿Cuáles son los ingresos mensuales de su hogar?',
    );
    equal(
      questionText(rules, 'members[1].dateOfBirth', 'en'),
      'What is the date of birth of person 2?',
    );
  });

  it('lets an agency override any string, before or after the engine registers its own', () => {
    registerMessages('en', {
      'eligibility.status.unlikely': 'Based on your answers, {program} is probably not a match.',
    });
    registerEligibilityMessages(compiled);
    const [program] = explain(
      evaluate(compiled, { ...answers, income: 5000 }, { asOf: '2025-11-01' }),
      'en',
      compiled,
    );
    equal(program.summary, 'Based on your answers, Food help is probably not a match.');
    registerMessages('en', { 'eligibility.status.unlikely': en['eligibility.status.unlikely'] });
  });

  it('ships every engine message in English and Spanish', () => {
    deepEqual(Object.keys(es).sort(), Object.keys(en).sort());
    registerEligibilityMessages();
    for (const key of Object.keys(en)) {
      ok(
        translate('es', key, { program: 'X', count: 2 }) !==
          translate('en', key, { program: 'X', count: 2 }),
        `${key} is translated`,
      );
    }
  });
});

function money(lang: string, amount: number): string {
  return new Intl.NumberFormat(lang, {
    style: 'currency',
    currency: 'USD',
    minimumFractionDigits: 0,
    maximumFractionDigits: 2,
  }).format(amount);
}

import { evaluate, explain, loadRuleSet, runRuleSetTests } from '@plaza/eligibility';
import { examplePrograms, exampleCases, englishMessages, spanishMessages } from './index.js';

function check(condition: unknown, message: string): void {
  if (!condition) throw new Error(message);
}

describe('example programs', () => {
  const compiled = loadRuleSet(examplePrograms);

  it('loads, with at least 8 programs, each cited', () => {
    check(compiled.programs.length >= 8, `only ${compiled.programs.length} programs`);
    for (const program of examplePrograms.programs) {
      check((program.citations ?? []).length > 0, `${program.id} has no citation`);
    }
  });

  it('passes every household in the rule-set tests', () => {
    const failures = runRuleSetTests(compiled, exampleCases);
    check(
      failures.length === 0,
      `rule-set test failures:\n${failures.map((f) => `${f.case} / ${f.program}: expected ${f.expected}, got ${f.actual}`).join('\n')}`,
    );
  });

  it('can fail: a wrong expectation is reported', () => {
    const wrong = [{ ...exampleCases[0], expect: { snap: 'unlikely' as const } }];
    const failures = runRuleSetTests(compiled, wrong);
    check(failures.length === 1 && failures[0].actual === 'likely', JSON.stringify(failures));
  });

  it('has every message in English and Spanish, and every key it uses', () => {
    const enKeys = Object.keys(englishMessages).sort();
    check(
      JSON.stringify(enKeys) === JSON.stringify(Object.keys(spanishMessages).sort()),
      'en and es keys differ',
    );
    const used = new Set<string>();
    const visitFacts = (facts: typeof examplePrograms.facts): void => {
      for (const fact of facts) {
        used.add(fact.question);
        if (fact.hint) used.add(fact.hint);
        if (fact.facts) visitFacts(fact.facts);
      }
    };
    visitFacts(examplePrograms.facts);
    for (const program of examplePrograms.programs) {
      used.add(program.name);
      used.add(program.agency);
      if (program.description) used.add(program.description);
      for (const criterion of program.criteria)
        for (const key of Object.values(criterion.messages ?? {})) used.add(key);
    }
    for (const key of used) check(key in englishMessages, `missing English message ${key}`);
  });

  it('explains the issue example in English and Spanish', () => {
    const result = evaluate(compiled, exampleCases[0].answers, { asOf: exampleCases[0].asOf });
    const english = explain(result, 'en', compiled).find((program) => program.id === 'snap');
    const gross = english?.reasons.find((reason) => reason.id === 'gross-income');
    check(gross?.text.includes('gross income test'), String(gross?.text));
    const wic = explain(result, 'en', compiled).find((program) => program.id === 'wic');
    check(wic?.summary === 'You are likely eligible for WIC.', String(wic?.summary));
    check(wic?.agency.startsWith('USDA Food and Nutrition Service'), String(wic?.agency));
    const spanish = explain(result, 'es', compiled).find((program) => program.id === 'snap');
    check(
      spanish?.summary === 'Es probable que usted califique para SNAP (asistencia para alimentos).',
      String(spanish?.summary),
    );
    check(
      spanish?.description === 'Dinero cada mes para comprar alimentos.',
      String(spanish?.description),
    );
    const net = spanish?.reasons.find((reason) => reason.id === 'net-income');
    check(net?.text.startsWith('Los ingresos netos estimados de su hogar'), String(net?.text));
  });

  it('cites the poverty-guideline notice each program actually used', () => {
    const result = evaluate(compiled, exampleCases[1].answers, { asOf: '2026-02-01' });
    const urls = (id: string): string =>
      (result.programs.find((program) => program.id === id)?.citations ?? [])
        .map((citation) => citation.url)
        .join(' ');
    check(
      urls('medicaid-adult').includes('2026-00755') &&
        !urls('medicaid-adult').includes('2025-01377'),
      urls('medicaid-adult'),
    );
    check(
      urls('snap').includes('2025-01377') && !urls('snap').includes('2026-00755'),
      urls('snap'),
    );
    check(urls('snap').includes('ecfr.gov/current/title-7/section-273.9'), 'program citation kept');
  });
});

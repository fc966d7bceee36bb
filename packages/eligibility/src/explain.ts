/**
 * Explanations: a result rendered into plain sentences in the resident's language through
 * @plaza/i18n (English and Spanish ship; agencies override any key).
 */
import { registerDefaultMessages, translate, type Catalog } from '@plaza/i18n';
import { CompiledRuleSet } from './compiled.js';
import { en, es } from './messages.js';
import type {
  Citation,
  CriterionStatus,
  EvaluationResult,
  FactDefinition,
  ProgramNextSteps,
  RuleSet,
  Status,
} from './types.js';

export interface ExplainedReason {
  id: string;
  status: CriterionStatus;
  text: string;
  citation?: Citation;
}

export interface ExplainedProgram {
  id: string;
  name: string;
  /** The program's description and agency, translated (plain text passes through unchanged). */
  description: string | undefined;
  agency: string;
  status: Status;
  /** One sentence: "You are likely eligible for SNAP." */
  summary: string;
  reasons: ExplainedReason[];
  /** The questions still worth asking for this program, as the resident would read them. */
  questions: string[];
  citations: Citation[];
  /** `ProgramResult.nextSteps` with the apply label, documents and contact name translated. */
  nextSteps: ProgramNextSteps;
}

// The engine's own wording sits beneath anything registered before or after (agency overrides
// win), once per copy of this module: the registry lives in @plaza/i18n, not here.
registerDefaultMessages('en', en);
registerDefaultMessages('es', es);

/** Rule sets whose catalogs are already registered, by identity (not kept alive by this). */
const registeredSets = new WeakSet<object>();

/** Registers a rule set's own catalogs (the engine's English and Spanish always are). */
export function registerEligibilityMessages(ruleSet?: CompiledRuleSet | RuleSet): void {
  const source = ruleSet instanceof CompiledRuleSet ? ruleSet.source : ruleSet;
  if (source?.messages && !registeredSets.has(source)) {
    registeredSets.add(source);
    // English first so other languages can tell their own keys from the English fallback.
    const langs = Object.keys(source.messages).sort((a, b) =>
      a === 'en' ? -1 : b === 'en' ? 1 : 0,
    );
    for (const lang of langs) registerDefaultMessages(lang, source.messages[lang] as Catalog);
  }
}

/** Renders an evaluation result into sentences in `lang` (e.g. "en", "es", "es-MX"). */
export function explain(
  result: EvaluationResult,
  lang: string,
  ruleSet?: CompiledRuleSet | RuleSet,
): ExplainedProgram[] {
  registerEligibilityMessages(ruleSet);
  const source = ruleSet instanceof CompiledRuleSet ? ruleSet.source : ruleSet;
  const programs = new Map((source?.programs ?? []).map((program) => [program.id, program]));
  return result.programs.map((program) => {
    const name = translate(lang, program.name);
    const definition = programs.get(program.id);
    return {
      id: program.id,
      name,
      description:
        definition?.description === undefined ? undefined : translate(lang, definition.description),
      agency: definition ? translate(lang, definition.agency) : '',
      status: program.status,
      summary: translate(lang, `eligibility.status.${program.status}`, { program: name }),
      reasons: program.criteria.map((criterion) => {
        const args = { ...criterion.args };
        if (typeof args.program === 'string') args.program = translate(lang, args.program);
        return {
          id: criterion.id,
          status: criterion.status,
          text: translate(lang, criterion.message, args),
          ...(criterion.citation ? { citation: criterion.citation } : {}),
        };
      }),
      questions: source ? program.missing.map((id) => questionText(source, id, lang)) : [],
      citations: program.citations,
      nextSteps: translateNextSteps(program.nextSteps, lang),
    };
  });
}

function translateNextSteps(steps: ProgramNextSteps, lang: string): ProgramNextSteps {
  const { apply, contact } = steps;
  return {
    ...(apply
      ? { apply: apply.label ? { ...apply, label: translate(lang, apply.label) } : apply }
      : {}),
    documents: steps.documents.map((key) => translate(lang, key)),
    ...(contact
      ? { contact: contact.name ? { ...contact, name: translate(lang, contact.name) } : contact }
      : {}),
    services: steps.services,
  };
}

/** The question for a fact id as reported in `missing` (including `members[2].dateOfBirth`). */
export function questionText(ruleSet: RuleSet, missingId: string, lang: string): string {
  const match = /^([^[]+)\[(\d+)\]\.(.+)$/.exec(missingId);
  const factId = match ? match[1] : missingId;
  const fact = ruleSet.facts.find((candidate) => candidate.id === factId);
  if (!fact) return missingId;
  if (!match) return translate(lang, fact.question);
  const memberFact: FactDefinition | undefined = fact.facts?.find(
    (candidate) => candidate.id === match[3],
  );
  return memberFact
    ? translate(lang, memberFact.question, { number: Number(match[2]) + 1 })
    : missingId;
}

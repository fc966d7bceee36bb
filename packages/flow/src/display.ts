/**
 * Answers as text for people (check your answers, item summaries such as "Ana, 34"), in the
 * reader's language through @plaza/i18n: option labels translated, dates, numbers
 * and money formatted with Intl.
 */
import { formatArg, registerDefaultMessages, translate } from '@plaza/i18n';
import type { Flow } from './load.js';
import { en, es } from './messages.js';
import type { PageNode } from './shape.js';
import type { Answer, FileInfo, QuestionDefinition, RepeatItem } from './types.js';

/**
 * Registers the flow's own messages and the definition's `messages` beneath anything already
 * registered, so an agency's `registerMessages` overrides still win. Safe to call more than once.
 */
export function registerFlowMessages(flow?: Flow): void {
  registerDefaultMessages('en', en);
  registerDefaultMessages('es', es);
  for (const [lang, catalog] of Object.entries(flow?.definition.messages ?? {}))
    registerDefaultMessages(lang, catalog);
}

/** A definition's text (message key or plain text) in `lang`, with `{placeholders}` filled. */
export function flowText(
  lang: string,
  text: string,
  args: Record<string, string | number> = {},
): string {
  const translated = translate(lang, text, args);
  if (translated !== text) return translated;
  // Not a key in any catalog: plain text, whose placeholders are filled here.
  return text.replace(/\{(\w+)\}/g, (placeholder, name: string) =>
    Object.hasOwn(args, name) ? formatArg(lang, args[name]) : placeholder,
  );
}

/** An answer as the resident would say it: option labels, a long date, dollars. Empty if none. */
export function answerText(
  question: QuestionDefinition,
  answer: Answer | undefined,
  lang: string,
): string {
  const value = answer?.value;
  if (value === null || value === undefined) return '';
  const label = (option: string): string => {
    const found = (question.options ?? []).find((candidate) => candidate.value === option);
    return found ? translate(lang, found.label) : option;
  };
  switch (question.control) {
    case 'select':
    case 'radios':
      return typeof value === 'string' ? label(value) : '';
    case 'checkboxes':
      return Array.isArray(value) ? (value as string[]).map(label).join(', ') : '';
    case 'file':
      return Array.isArray(value) ? (value as FileInfo[]).map((file) => file.name).join(', ') : '';
    case 'date': {
      if (typeof value !== 'string') return '';
      const [year, month, day] = value.split('-').map(Number);
      return formatArg(lang, new Date(Date.UTC(year, month - 1, day)));
    }
    case 'money':
      return typeof value === 'number' ? formatArg(lang, { amount: value, currency: 'USD' }) : '';
    case 'number':
      return typeof value === 'number' ? formatArg(lang, value) : '';
    default:
      if (typeof value === 'string') return value;
      if (typeof value === 'object' && !Array.isArray(value))
        return Object.values(value).filter(Boolean).join(', ');
      return '';
  }
}

/** An item's one-line summary from its group's template, e.g. "Ana, 34". */
export function itemSummary(group: PageNode, item: RepeatItem, lang: string): string {
  const args: Record<string, string> = {};
  for (const page of group.children)
    for (const question of page.questions)
      args[question.id] = answerText(
        question.def,
        Object.hasOwn(item.answers, question.id) ? item.answers[question.id] : undefined,
        lang,
      );
  const template = (group.def as { summary: string }).summary;
  // Placeholders left empty leave stray separators: "Ana, " becomes "Ana".
  return flowText(lang, template, args)
    .replace(/\{\w+\}/g, '')
    .replace(/^[\s,;:·-]+|[\s,;:·-]+$/g, '');
}

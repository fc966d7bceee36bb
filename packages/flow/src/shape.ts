/**
 * The definition's structure, checked field by field (every problem named by its JSON path), and
 * indexed as it is checked (flow-index.ts): every page, repeat group and question with its path,
 * its place and its order. Conditions are only located here; conditions.ts compiles them.
 */
import { isValidId, type FlowDefinitionIssue, type FlowLimits } from './errors.js';
import { IndexBuilder, type FlowIndex, type PageNode, type QuestionNode } from './flow-index.js';
import { child, isObject } from './json-path.js';
import {
  CHOICE_CONTROLS,
  CONTROL_TYPES,
  DATE_BOUND,
  ERROR_KEYS,
  OPTION_VALUE,
  PAGE_KEYS,
  NAME_FOR,
  PERIODS,
  TIN_KINDS,
  QUESTION_KEYS,
  REPEAT_KEYS,
  RESERVED_IDS,
  VALIDATION_KEYS,
} from './vocabulary.js';
import type { ControlType, PageDefinition, QuestionPage, RepeatGroup } from './types.js';

export type { FlowIndex, PageNode, QuestionNode } from './flow-index.js';

export class ShapeChecker {
  readonly issues: FlowDefinitionIssue[] = [];
  private readonly builder = new IndexBuilder();
  readonly index: FlowIndex = this.builder.index;
  /** The first size limit passed, if any: loading then throws a FlowLimitError naming it. */
  limitHit: { limit: keyof FlowLimits; path: string; message: string } | undefined;
  private ids = new Map<string, string>();

  constructor(private readonly limits: FlowLimits) {}

  fail(path: string, message: string): void {
    this.issues.push({ path, message });
  }

  private overLimit(limit: keyof FlowLimits, path: string, message: string): void {
    this.fail(path, message);
    this.limitHit ??= { limit, path, message };
  }

  unknownKeys(raw: Record<string, unknown>, allowed: ReadonlySet<string>, path: string): void {
    for (const key of Object.keys(raw))
      if (!allowed.has(key))
        this.fail(child(path, key), `is not a known field (known: ${[...allowed].join(', ')})`);
  }

  text(raw: Record<string, unknown>, key: string, path: string, required: boolean): void {
    const value = raw[key];
    if (value === undefined) {
      if (required) this.fail(child(path, key), 'is required: a message key or plain text');
    } else if (typeof value !== 'string' || value.trim() === '')
      this.fail(child(path, key), 'must be a message key or plain text, not empty');
  }

  private count(
    list: unknown,
    path: string,
    limit: keyof FlowLimits,
    what: string,
  ): unknown[] | undefined {
    if (!Array.isArray(list)) {
      this.fail(path, `must be a list of ${what}`);
      return undefined;
    }
    if (list.length > this.limits[limit]) {
      this.overLimit(
        limit,
        path,
        `has ${list.length} ${what}; the limit (${limit}) is ${this.limits[limit]}`,
      );
      return list.slice(0, this.limits[limit]);
    }
    return list;
  }

  /** Claims an id in the one namespace shared by pages, repeat groups and questions. */
  private claim(raw: Record<string, unknown>, path: string): string | undefined {
    const id = raw.id;
    if (!isValidId(id)) {
      this.fail(
        child(path, 'id'),
        'must start with a letter and use only letters, digits, "_" and "-" (at most 64)',
      );
      return undefined;
    }
    if (RESERVED_IDS.has(id)) {
      this.fail(child(path, 'id'), `"${id}" is reserved for the flow's own pages`);
      return undefined;
    }
    const earlier = this.ids.get(id);
    if (earlier !== undefined) {
      this.fail(child(path, 'id'), `"${id}" is already used at ${earlier}`);
      return undefined;
    }
    this.ids.set(id, path);
    return id;
  }

  pages(list: unknown, path: string, group: PageNode | undefined, depth: number): PageNode[] {
    const nodes: PageNode[] = [];
    const items = this.count(list, path, 'maxPages', 'pages');
    if (!items) return nodes;
    if (items.length === 0) this.fail(path, 'needs at least one page');
    items.forEach((raw, index) => {
      const at = child(path, index);
      if (this.index.pages.size >= this.limits.maxPages) {
        if (this.index.pages.size === this.limits.maxPages)
          this.overLimit(
            'maxPages',
            at,
            `is past the limit of ${this.limits.maxPages} pages (maxPages)`,
          );
        return;
      }
      const node = this.page(raw, at, group, depth, nodes);
      if (node) nodes.push(node);
    });
    return nodes;
  }

  private page(
    raw: unknown,
    path: string,
    group: PageNode | undefined,
    depth: number,
    siblings: PageNode[],
  ): PageNode | undefined {
    if (!isObject(raw)) {
      this.fail(path, 'must be a page: an object with "id", "heading" and "questions"');
      return undefined;
    }
    const repeat = raw.kind === 'repeat';
    if (raw.kind !== undefined && !repeat) this.fail(child(path, 'kind'), 'can only be "repeat"');
    this.unknownKeys(raw, repeat ? REPEAT_KEYS : PAGE_KEYS, path);
    const id = this.claim(raw, path);
    this.text(raw, 'heading', path, true);
    this.text(raw, 'guidance', path, false);
    if (group && raw.next !== undefined)
      this.fail(
        child(path, 'next'),
        'pages inside a repeat group are asked in order; use "showWhen" to skip one',
      );
    const node = this.builder.page(raw, path, id, group, siblings);
    if (repeat) this.repeat(raw, path, node, depth);
    else this.questions(raw, path, node);
    return node;
  }

  private repeat(raw: Record<string, unknown>, path: string, node: PageNode, depth: number): void {
    if (depth >= 2) this.fail(child(path, 'kind'), 'repeat groups nest one level deep at most');
    this.text(raw, 'itemName', path, true);
    this.text(raw, 'summary', path, true);
    this.text(raw, 'addAnother', path, false);
    const max = this.limits.maxRepeatItems;
    for (const key of ['min', 'max'] as const) {
      const value = raw[key];
      if (
        value !== undefined &&
        (!Number.isInteger(value) || (value as number) < 0 || (value as number) > max)
      )
        this.fail(child(path, key), `must be a whole number from 0 to ${max} (maxRepeatItems)`);
    }
    if (typeof raw.min === 'number' && typeof raw.max === 'number' && raw.min > raw.max)
      this.fail(child(path, 'min'), `is more than max (${raw.max})`);
    if (raw.max === 0) this.fail(child(path, 'max'), 'must allow at least one item');
    if (depth < 2) node.children = this.pages(raw.pages, child(path, 'pages'), node, depth + 1);
  }

  private questions(raw: Record<string, unknown>, path: string, page: PageNode): void {
    const at = child(path, 'questions');
    const list = this.count(raw.questions, at, 'maxQuestionsPerPage', 'questions');
    if (!list) return;
    list.forEach((item, index) => {
      const question = this.question(item, child(at, index), page);
      if (question) page.questions.push(question);
    });
  }

  private question(raw: unknown, path: string, page: PageNode): QuestionNode | undefined {
    if (!isObject(raw)) {
      this.fail(path, 'must be a question: an object with "id", "control" and "label"');
      return undefined;
    }
    if (this.index.questions.size >= this.limits.maxQuestions) {
      if (this.index.questions.size === this.limits.maxQuestions)
        this.overLimit(
          'maxQuestions',
          path,
          `is past the limit of ${this.limits.maxQuestions} questions (maxQuestions)`,
        );
      return undefined;
    }
    this.unknownKeys(raw, QUESTION_KEYS, path);
    const id = this.claim(raw, path);
    const control = raw.control as ControlType;
    if (!CONTROL_TYPES.includes(control))
      this.fail(child(path, 'control'), `must be one of: ${CONTROL_TYPES.join(', ')}`);
    this.text(raw, 'label', path, true);
    this.text(raw, 'hint', path, false);
    if (raw.sensitive !== undefined && typeof raw.sensitive !== 'boolean')
      this.fail(child(path, 'sensitive'), 'must be true or false');
    if (
      raw.autocomplete !== undefined &&
      (typeof raw.autocomplete !== 'string' || !/^[a-z0-9 -]{1,100}$/.test(raw.autocomplete))
    )
      this.fail(
        child(path, 'autocomplete'),
        'must be an HTML autocomplete token such as "given-name"',
      );
    if (
      raw.period !== undefined &&
      (control !== 'money' || !PERIODS.includes(raw.period as string))
    )
      this.fail(
        child(path, 'period'),
        `only money questions have a period, one of: ${PERIODS.join(', ')}`,
      );
    this.patternOptions(raw, path, control);
    this.options(raw, path, control);
    this.validation(raw.validation, child(path, 'validation'), control);
    if (raw.errors !== undefined) {
      if (!isObject(raw.errors)) this.fail(child(path, 'errors'), 'must be an object of messages');
      else {
        this.unknownKeys(raw.errors, ERROR_KEYS, child(path, 'errors'));
        for (const key of Object.keys(raw.errors))
          if (ERROR_KEYS.has(key)) this.text(raw.errors, key, child(path, 'errors'), false);
      }
    }
    if (id === undefined) return undefined;
    return this.builder.question(raw, path, id, page);
  }

  /** A pattern field's own settings: which numbers a tin accepts, whose name a name asks. */
  private patternOptions(raw: Record<string, unknown>, path: string, control: ControlType): void {
    const accept = raw.accept;
    if (
      accept !== undefined &&
      (control !== 'tin' ||
        !Array.isArray(accept) ||
        accept.length === 0 ||
        accept.length > TIN_KINDS.length ||
        new Set(accept).size !== accept.length ||
        !accept.every((kind) => TIN_KINDS.includes(kind as string)))
    )
      this.fail(
        child(path, 'accept'),
        `only tin questions have accept: a list of ${TIN_KINDS.join(' and ')}, each at most once`,
      );
    if (raw.for !== undefined && (control !== 'name' || !NAME_FOR.includes(raw.for as string)))
      this.fail(child(path, 'for'), `only name questions have for, one of: ${NAME_FOR.join(', ')}`);
  }

  private options(raw: Record<string, unknown>, path: string, control: ControlType): void {
    const at = child(path, 'options');
    if (!CHOICE_CONTROLS.has(control)) {
      if (raw.options !== undefined)
        this.fail(at, `only select, radios and checkboxes have options`);
      return;
    }
    const list = this.count(raw.options, at, 'maxOptions', 'options');
    if (!list) return;
    if (list.length === 0) this.fail(at, 'needs at least one option');
    const seen = new Set<string>();
    list.forEach((option, index) => {
      const where = child(at, index);
      if (!isObject(option)) {
        this.fail(where, 'must be an object with "value" and "label"');
        return;
      }
      this.unknownKeys(option, new Set(['value', 'label', 'hint']), where);
      const value = option.value;
      if (typeof value !== 'string' || !OPTION_VALUE.test(value))
        this.fail(child(where, 'value'), 'must be letters, digits, ".", "_" and "-" (at most 64)');
      else if (seen.has(value)) this.fail(child(where, 'value'), `"${value}" is listed twice`);
      else seen.add(value);
      this.text(option, 'label', where, true);
      this.text(option, 'hint', where, false);
    });
  }

  private validation(raw: unknown, path: string, control: ControlType): void {
    if (raw === undefined) return;
    if (!isObject(raw)) {
      this.fail(path, 'must be an object such as {"required": true}');
      return;
    }
    this.unknownKeys(raw, VALIDATION_KEYS, path);
    if (raw.required !== undefined && typeof raw.required !== 'boolean')
      this.fail(child(path, 'required'), 'must be true or false');
    for (const key of ['minLength', 'maxLength'] as const) {
      const value = raw[key];
      if (value === undefined) continue;
      if (
        !Number.isInteger(value) ||
        (value as number) < 0 ||
        (value as number) > this.limits.maxStringLength
      )
        this.fail(
          child(path, key),
          `must be a whole number from 0 to ${this.limits.maxStringLength}`,
        );
    }
    for (const key of ['min', 'max'] as const) {
      if (raw[key] === undefined) continue;
      if (control !== 'number' && control !== 'money')
        this.fail(child(path, key), 'only number and money questions have min and max');
      else if (typeof raw[key] !== 'number') this.fail(child(path, key), 'must be a number');
    }
    for (const key of ['after', 'before'] as const) {
      if (raw[key] === undefined) continue;
      if (control !== 'date')
        this.fail(child(path, key), 'only date questions have after and before');
      else if (typeof raw[key] !== 'string' || !DATE_BOUND.test(raw[key] as string))
        this.fail(child(path, key), 'must be a date written YYYY-MM-DD, or "today"');
    }
    if (raw.pattern !== undefined) {
      if (typeof raw.pattern !== 'string' || raw.pattern.length > 500)
        this.fail(child(path, 'pattern'), 'must be a regular expression of at most 500 characters');
      else {
        try {
          new RegExp(raw.pattern, 'u');
        } catch {
          this.fail(child(path, 'pattern'), 'is not a valid regular expression');
        }
      }
    }
  }
}

export function isRepeat(page: PageDefinition): page is RepeatGroup {
  return (page as RepeatGroup).kind === 'repeat';
}

export function isQuestionPage(page: PageDefinition): page is QuestionPage {
  return !isRepeat(page);
}

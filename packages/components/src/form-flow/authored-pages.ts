/**
 * Author-written pages: `<plaza-flow-page>` children of `<plaza-form-flow>` holding ordinary Plaza
 * controls. Their controls are read into flow questions (the control's `name` is the question id,
 * its `label`, `hint`, `required` and options the rest), so @plaza/flow routes, checks, stores and
 * lists them on check your answers like pages written in a definition. Only attributes are read:
 * the pages can be described before the controls are upgraded.
 */
import { isCompiledFlow } from '@plaza/flow';
import type {
  Answer,
  CompiledFlow,
  PageView,
  FlowDefinition,
  Option,
  PageDefinition,
  QuestionDefinition,
  QuestionPage,
  Validation,
} from '@plaza/flow';
import type { Translate } from './controls.js';

/** Which flow control each Plaza element answers as; `<plaza-text-field>` also by its `type`. */
const CONTROL_OF_TAG: Record<string, QuestionDefinition['control']> = {
  'plaza-textarea': 'textarea',
  'plaza-select': 'select',
  'plaza-radio-group': 'radios',
  'plaza-checkbox-group': 'checkboxes',
  'plaza-date-input': 'date',
  'plaza-file-upload': 'file',
};
const CONTROL_OF_TEXT_TYPE: Record<string, QuestionDefinition['control']> = {
  email: 'email',
  tel: 'phone',
  number: 'number',
};
const OPTION_OF_TAG: Record<string, string> = {
  'plaza-select': ':scope > option',
  'plaza-radio-group': 'plaza-radio',
  'plaza-checkbox-group': 'plaza-checkbox',
};

const CONTROL_SELECTOR = ['plaza-text-field', ...Object.keys(CONTROL_OF_TAG)]
  .map((tag) => `${tag}[name]`)
  .join(',');

const numberAttribute = (element: Element, name: string): number | undefined => {
  const text = element.getAttribute(name);
  const value = text === null || text.trim() === '' ? NaN : Number(text);
  return Number.isFinite(value) ? value : undefined;
};

function optionsOf(control: Element): Option[] | undefined {
  const selector = OPTION_OF_TAG[control.localName];
  if (!selector) return undefined;
  return [...control.querySelectorAll(selector)]
    .filter((option) => option.getAttribute('value'))
    .map((option) => {
      const hint = option.getAttribute('hint');
      return {
        value: option.getAttribute('value')!,
        label: option.getAttribute('label') ?? option.textContent!.trim(),
        ...(hint ? { hint } : {}),
      };
    });
}

/** The flow question a control on an authored page stands for. */
function questionOf(control: Element): QuestionDefinition {
  const control_ =
    CONTROL_OF_TAG[control.localName] ??
    CONTROL_OF_TEXT_TYPE[control.getAttribute('type') ?? ''] ??
    'text';
  const validation: Validation = {};
  if (control.hasAttribute('required')) validation.required = true;
  const rules: [keyof Validation, string][] = [
    ['minLength', 'minlength'],
    ['maxLength', control_ === 'file' ? 'max-files' : 'maxlength'],
    ['min', 'min'],
    ['max', 'max'],
  ];
  for (const [rule, attribute] of rules) {
    const value = numberAttribute(control, attribute);
    if (value !== undefined) (validation as Record<string, number>)[rule] = value;
  }
  const pattern = control.getAttribute('pattern');
  if (pattern) validation.pattern = pattern;
  const hint = control.getAttribute('hint');
  const autocomplete = control.getAttribute('autocomplete');
  const options = optionsOf(control);
  return {
    id: control.getAttribute('name')!,
    control: control_,
    label: control.getAttribute('label') ?? '',
    ...(hint ? { hint } : {}),
    ...(options ? { options } : {}),
    ...(Object.keys(validation).length ? { validation } : {}),
    ...(autocomplete ? { autocomplete } : {}),
    ...(control.hasAttribute('data-sensitive') ? { sensitive: true } : {}),
  };
}

/** The named Plaza controls on an authored page, in document order. */
export const controlsOf = (page: Element): HTMLElement[] => [
  ...page.querySelectorAll<HTMLElement>(CONTROL_SELECTOR),
];

/** An authored page as a definition page. */
export function pageOf(page: Element): QuestionPage {
  return {
    id: page.getAttribute('page-id') ?? '',
    heading: page.getAttribute('heading') ?? '',
    questions: controlsOf(page).map(questionOf),
  };
}

/** How an element names a flow made of authored pages alone (`<plaza-form-flow>`'s attributes). */
export interface AuthoredFlowOptions {
  flowId: string;
  service: string;
  confirmation: string;
}

/**
 * The definition the flow runs: the authored pages alone (in document order), or `definition`
 * with each page that has an authored twin (same id) taking that page's heading and questions;
 * its routes, `showWhen` and sections stay. An authored page the definition does not have is an
 * error: where it would go in the flow is not known.
 */
export function withAuthoredPages(
  definition: FlowDefinition | null,
  pages: Element[],
  options: AuthoredFlowOptions,
): FlowDefinition {
  const own = pages.map(pageOf);
  if (!definition) {
    return {
      id: options.flowId,
      version: '1',
      name: options.service,
      pages: own,
      confirmation: { heading: options.confirmation },
    };
  }
  // The loader reports what is wrong with a definition's shape; only a list can be merged into.
  if (!Array.isArray(definition.pages)) return definition;
  const authored = new Map(own.map((page) => [page.id, page]));
  const ids = new Set(definition.pages.map((page) => (page as { id?: unknown } | null)?.id));
  const stray = [...authored.keys()].filter((id) => !ids.has(id));
  if (stray.length) {
    throw new Error(
      `<plaza-flow-page page-id="${stray[0].slice(0, 64)}"> is not a top-level page of the definition`,
    );
  }
  return {
    ...definition,
    pages: definition.pages.map((page): PageDefinition => {
      const twin = authored.get((page as { id?: unknown } | null)?.id as string);
      if (!twin || ('kind' in page && page.kind === 'repeat')) return page;
      return { ...page, heading: twin.heading || page.heading, questions: twin.questions };
    }),
  };
}

/**
 * What the flow loads: `definition`, or the text at `src`, with the authored pages merged in
 * before the loader checks it (the definition's conditions may read the authored questions).
 */
export async function definitionToLoad(
  source: FlowDefinition | CompiledFlow | string | null,
  host: AuthoredFlowOptions & Element,
  pages: Element[],
): Promise<unknown> {
  let data: unknown = source;
  if (typeof source === 'string') {
    const response = await fetch(new URL(source, host.ownerDocument.baseURI));
    if (!response.ok) throw new Error(`${source}: HTTP ${response.status}`);
    data = await response.text();
  }
  if (pages.length === 0) return data;
  let definition = typeof data === 'string' ? (JSON.parse(data) as unknown) : data;
  // Merged pages are new, unchecked: a compiled flow's definition goes through the full loader.
  if (isCompiledFlow(definition)) definition = (definition as CompiledFlow).definition;
  return withAuthoredPages(definition as FlowDefinition | null, pages, host);
}

interface ControlElement extends HTMLElement {
  value?: string;
  values?: string[];
  parts?: Record<string, string>;
  error?: string;
}

/** Puts the stored answer back into an authored control (after a reload, Back or a change link). */
export function writeAnswer(control: HTMLElement, answer: Answer | undefined): void {
  if (!answer) return;
  const element = control as ControlElement;
  const raw = answer.raw;
  if (Array.isArray(raw)) {
    if (raw.every((item) => typeof item === 'string')) element.values = [...raw];
  } else if (typeof raw === 'object') element.parts = { ...raw };
  else element.value = raw;
}

/** Shows `message` (or no error) on an authored control, as the flow's own controls do. */
export function showError(control: HTMLElement, message: string): void {
  (control as ControlElement).error = message;
}

/** Authored pages as the flow shows them: one at a time, inside the flow's own form. */
export class AuthoredPages {
  #pages: HTMLElement[] = [];
  #errors = new WeakMap<HTMLElement, string>();

  constructor(private readonly host: HTMLElement) {}

  /** The host's `<plaza-flow-page>` children, taken once (hidden until their page is open). */
  collect(): HTMLElement[] {
    // Lit's server rendering gives elements no light DOM (`children` is undefined there).
    const pages = [...(this.host.children ?? [])].filter(
      (child): child is HTMLElement => child.localName === 'plaza-flow-page',
    );
    this.#pages = pages;
    for (const page of pages) {
      page.hidden = true;
      // The flow reads and checks answers by question id, which on these pages is the name.
      for (const control of controlsOf(page))
        control.dataset.question = control.getAttribute('name')!;
    }
    return pages;
  }

  get size(): number {
    return this.#pages.length;
  }

  get pages(): HTMLElement[] {
    return [...this.#pages];
  }

  #page(id: string): HTMLElement | undefined {
    return this.#pages.find((page) => page.getAttribute('page-id') === id);
  }

  /** True when `view` is a page the author wrote (drawn by `place`, not from the definition). */
  shows(view: PageView): boolean {
    return (
      view.kind === 'question' &&
      view.location.items.length === 0 &&
      this.#page(view.location.page) !== undefined
    );
  }

  /**
   * After each render: the open page in the form's `.plaza-flow-authored` box, with the stored
   * answers put back when it arrives and the flow's errors on its controls; every other page back
   * in the host, hidden. Pages go before the rendered content: Lit owns what follows its marker.
   */
  place(view: PageView | null, t: Translate): void {
    const box = this.host.querySelector('.plaza-flow-authored');
    const open = box && view && this.shows(view) ? this.#page(view.location.page) : undefined;
    for (const page of this.#pages) {
      if (page !== open && (page.parentNode !== this.host || !page.hidden)) {
        page.hidden = true;
        this.host.prepend(page);
      }
    }
    if (!open || !view) return;
    const arriving = open.parentNode !== box;
    if (arriving) {
      box!.append(open);
      open.hidden = false;
    }
    for (const { question, answer, error } of view.questions) {
      const control = open.querySelector<HTMLElement>(
        `[data-question="${CSS.escape(question.id)}"]`,
      );
      if (!control) continue;
      if (arriving) writeAnswer(control, answer);
      const message = error ? t(error.message, error.args) : '';
      if (this.#errors.get(control) !== message) {
        this.#errors.set(control, message);
        showError(control, message);
      }
    }
  }
}

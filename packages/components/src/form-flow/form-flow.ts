import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { announce, registerDefaultMessages, PlazaElement } from '@plaza/core';
import { loadFlow, type Flow, type FlowDefinition, type FlowState } from '@plaza/flow';
import type { QuestionPage } from '@plaza/flow';
import type { SummaryError } from '../error-summary/error-summary.js';
import type { ExitDetail } from '../exit-this-page/exit-this-page.js';
import type { TimeoutSaveDetail } from '../timeout-warning/timeout-warning.js';
import { readAnswer, renderControl, type Translate } from './controls.js';
import { answerJson, formEntries, type FormEntry } from './hand-off.js';
import {
  CHECK_ANSWERS,
  CONFIRMATION,
  canVisit,
  findPage,
  firstPage,
  initialState,
  nextPage,
  pageQuestions,
} from './navigation.js';
import { renderCheckAnswers } from './check-answers.js';
import { sessionFlowStorage, type FlowStorage } from './storage.js';
import { messages } from './form-flow.messages.js';
import { adoptFormFlowStyles } from './form-flow.styles.js';

/** An error from the server for one answer, by its form field name (`members[1].dateOfBirth`). */
export interface ServerError {
  field: string;
  message: string;
}

/** `plaza-flow-submit`: every answer, as JSON and as the form fields a native POST sends. */
export interface FlowSubmitDetail {
  answers: Record<string, unknown>;
  fields: FormEntry[];
}

interface HistoryEntry {
  plazaFlow: string;
  page: string;
  index: number;
}

const isHistoryEntry = (value: unknown, flowId: string): value is HistoryEntry =>
  typeof value === 'object' &&
  value !== null &&
  (value as HistoryEntry).plazaFlow === flowId &&
  typeof (value as HistoryEntry).page === 'string';

/**
 * @summary A multi-page service from one definition: one page at a time, each a browser history
 * entry, with an error summary, a back link, check your answers and a confirmation, saving after
 * every page.
 *
 * @fires plaza-flow-submit - The resident pressed "Accept and send". `detail.answers` (JSON) and
 * `detail.fields` (form fields). With `action` set the page then POSTs natively unless cancelled;
 * without it the confirmation shows unless cancelled (then call `showConfirmation()` or set
 * `serverErrors`).
 * @fires plaza-flow-page - After every page change; `detail.page` is the page id.
 *
 * Accessibility: every page change moves focus to the new page's heading and sets the document
 * title to the page and service; a failed Continue shows the error summary, focuses it and adds
 * "Error: " to the title. Back and Forward in the browser move between pages. The element renders
 * into the light DOM, so the page's form, headings and controls are ordinary document content.
 */
export class PlazaFormFlow extends PlazaElement {
  static override messages = messages;

  #flow: Flow | null = null;
  #loadedFrom: FlowDefinition | string | null = null;

  @state() private flowState: FlowState | null = null;
  @state() private loadFailed = false;

  /** The service definition (see @plaza/flow); or give `src`. */
  @property({ attribute: false }) definition: FlowDefinition | null = null;
  /** Address of the definition as JSON, used when `definition` is not set. */
  @property() src = '';
  /** Where "Accept and send" POSTs every answer natively; without it, only `plaza-flow-submit`. */
  @property() action = '';
  /** The POST's target browsing context (a frame name), as on `<form target>`. */
  @property() target = '';
  /** Where answers are kept between pages and reloads; session storage by default. */
  @property({ attribute: false }) storage: FlowStorage = sessionFlowStorage;
  /** The storage key; `plaza-flow:<definition id>` by default. */
  @property({ attribute: 'storage-key' }) storageKey = '';
  /** Errors the server found, shown on the page and field each belongs to. */
  @property({ attribute: false }) serverErrors: ServerError[] = [];

  protected override createRenderRoot(): HTMLElement {
    adoptFormFlowStyles(this.ownerDocument);
    return this;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    const view = this.ownerDocument.defaultView;
    view?.addEventListener('popstate', this.#onPopState);
    this.ownerDocument.addEventListener('plaza-exit', this.#onExit);
    this.ownerDocument.addEventListener('plaza-save', this.#onSaveRequest);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.ownerDocument.defaultView?.removeEventListener('popstate', this.#onPopState);
    this.ownerDocument.removeEventListener('plaza-exit', this.#onExit);
    this.ownerDocument.removeEventListener('plaza-save', this.#onSaveRequest);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const source = this.definition ?? (this.src || null);
    if ((changed.has('definition') || changed.has('src')) && source !== this.#loadedFrom) {
      this.#loadedFrom = source;
      if (source) void this.#load(source);
    }
    if (changed.has('serverErrors') && this.serverErrors.length && this.#flow) {
      this.#showServerErrors();
    }
  }

  /** The loaded flow's current state (a copy), for services that persist it elsewhere. */
  get state(): FlowState | null {
    return this.flowState ? structuredClone(this.flowState) : null;
  }

  /** After a cancelled `plaza-flow-submit` the service sent the answers: show the confirmation. */
  showConfirmation(): void {
    if (!this.flowState) return;
    this.#update({ ...this.flowState, answers: {}, repeats: {}, submitted: true, history: [] });
    this.#goTo(CONFIRMATION);
  }

  /** Deletes the stored answers and starts again on the first page. */
  async clearAnswers(): Promise<void> {
    if (!this.#flow) return;
    await this.storage.clear(this.#key);
    this.flowState = initialState(this.#flow);
    this.#goTo(this.flowState.location.page, { replace: true });
    void announce(this.t('formFlow.cleared'), { doc: this.ownerDocument });
  }

  get #key(): string {
    return this.storageKey || `plaza-flow:${this.#flow?.definition.id ?? ''}`;
  }

  async #load(source: FlowDefinition | string): Promise<void> {
    try {
      let data: unknown = source;
      if (typeof source === 'string') {
        const response = await fetch(new URL(source, this.ownerDocument.baseURI));
        if (!response.ok) throw new Error(`${source}: HTTP ${response.status}`);
        data = await response.text();
      }
      const flow = loadFlow(data);
      for (const [lang, catalog] of Object.entries(flow.definition.messages ?? {})) {
        registerDefaultMessages(lang, catalog);
      }
      this.#flow = flow;
      const stored = await this.storage.load(this.#key);
      const fits =
        stored?.flow.id === flow.definition.id && stored.flow.version === flow.definition.version;
      const restored = fits ? stored : initialState(flow);
      const fromUrl = this.#pageInUrl();
      const page = fromUrl && canVisit(flow, restored, fromUrl) ? fromUrl : restored.location.page;
      this.flowState = { ...restored, location: { page, items: [] } };
      this.loadFailed = false;
      this.#writeHistory(page, 'replace');
      await this.updateComplete;
      this.#setTitle();
      if (this.serverErrors.length) this.#showServerErrors();
    } catch (error) {
      this.loadFailed = true;
      console.error('<plaza-form-flow>:', error);
    }
  }

  #pageInUrl(): string | null {
    const hash = this.ownerDocument.defaultView?.location.hash ?? '';
    return hash.length > 1 ? decodeURIComponent(hash.slice(1)) : null;
  }

  /** Pages are history entries whose URL carries the page id only (`#contact`), never answers. */
  #writeHistory(page: string, mode: 'push' | 'replace'): void {
    const history = this.ownerDocument.defaultView?.history;
    if (!history || !this.#flow) return;
    const previous = isHistoryEntry(history.state, this.#flow.definition.id)
      ? history.state.index
      : -1;
    const entry: HistoryEntry = {
      plazaFlow: this.#flow.definition.id,
      page,
      index: mode === 'push' ? previous + 1 : Math.max(previous, 0),
    };
    history[mode === 'push' ? 'pushState' : 'replaceState'](entry, '', `#${page}`);
  }

  #update(next: FlowState): void {
    this.flowState = next;
    void this.storage.save(this.#key, next);
  }

  /** Shows `page`, records it in history, and moves focus to its heading. */
  #goTo(page: string, { replace = false, fromHistory = false } = {}): void {
    const current = this.flowState;
    if (!current) return;
    const history =
      current.location.page === page || fromHistory
        ? current.history
        : [...current.history, current.location];
    this.#update({ ...current, location: { page, items: [] }, history });
    if (!fromHistory) this.#writeHistory(page, replace ? 'replace' : 'push');
    void this.updateComplete.then(() => {
      this.#setTitle();
      this.querySelector<HTMLElement>('.plaza-flow-heading')?.focus();
      this.dispatchEvent(
        new CustomEvent('plaza-flow-page', { bubbles: true, composed: true, detail: { page } }),
      );
    });
  }

  #heading(): string {
    const state = this.flowState;
    const flow = this.#flow;
    if (!state || !flow) return '';
    const { page } = state.location;
    if (page === CHECK_ANSWERS) return this.t('formFlow.checkAnswers');
    if (page === CONFIRMATION) return this.t(flow.definition.confirmation.heading);
    return this.t(findPage(flow, page)?.heading ?? '');
  }

  #setTitle(): void {
    if (!this.#flow) return;
    const hasErrors = this.querySelector('plaza-error-summary')?.shadowRoot?.querySelector('li');
    const title = this.t('formFlow.title', {
      page: this.#heading(),
      service: this.t(this.#flow.definition.name),
    });
    this.ownerDocument.title = hasErrors ? `${this.t('field.errorPrefix')} ${title}` : title;
  }

  #showServerErrors(): void {
    const flow = this.#flow;
    const current = this.flowState;
    if (!flow || !current) return;
    const first = this.serverErrors[0];
    const page = findPage(
      flow,
      flow.definition.pages.find((candidate) =>
        (candidate as QuestionPage).questions?.some((question) => question.id === first.field),
      )?.id ?? '',
    );
    if (!page) return;
    this.#update({
      ...current,
      submitted: false,
      errors: this.serverErrors.map((error) => ({
        location: { page: page.id, items: [] },
        question: error.field,
        code: 'server',
        message: error.message,
        args: {},
        field: error.field,
      })),
    });
    this.#goTo(page.id);
  }

  #translate: Translate = (text, args) => this.t(text, args);

  #onEdit = (event: Event): void => {
    const flow = this.#flow;
    const current = this.flowState;
    const control = (event.target as Element).closest?.('[data-question]');
    if (!flow || !current || !control) return;
    const page = findPage(flow, current.location.page);
    const question = page?.questions.find((each) => each.id === control.getAttribute('name'));
    if (!question) return;
    const errors = current.errors.filter((error) => error.field !== question.id);
    this.#update({
      ...current,
      errors,
      answers: { ...current.answers, [question.id]: readAnswer(question, control) },
    });
  };

  /** Reached only when every control on the page is valid (the browser validated the submit). */
  #onContinue = (event: SubmitEvent): void => {
    event.preventDefault();
    const flow = this.#flow;
    const current = this.flowState;
    if (!flow || !current) return;
    const page = current.location.page;
    const answers = { ...current.answers };
    for (const control of (event.target as HTMLFormElement).querySelectorAll('[data-question]')) {
      const question = findPage(flow, page)?.questions.find(
        (each) => each.id === control.getAttribute('name'),
      );
      if (question) answers[question.id] = readAnswer(question, control);
    }
    const completed = current.completed.includes(page)
      ? current.completed
      : [...current.completed, page];
    const next = { ...current, answers, completed, errors: [] };
    const target = nextPage(flow, next, page);
    this.#update({ ...next, returnTo: target === CHECK_ANSWERS ? undefined : next.returnTo });
    this.#goTo(target);
  };

  #onChange = (page: string): void => {
    if (!this.flowState) return;
    this.#update({ ...this.flowState, returnTo: 'check-answers' });
    this.#goTo(page);
  };

  #onSend = (event: SubmitEvent): void => {
    const current = this.flowState;
    if (!current) return;
    const detail: FlowSubmitDetail = {
      answers: answerJson(current.answers, current.repeats),
      fields: formEntries(current.answers, current.repeats),
    };
    const proceed = this.dispatchEvent(
      new CustomEvent<FlowSubmitDetail>('plaza-flow-submit', {
        bubbles: true,
        composed: true,
        cancelable: true,
        detail,
      }),
    );
    if (!proceed || !this.action) event.preventDefault();
    if (proceed) this.showConfirmation();
  };

  #onBack = (event: Event): void => {
    event.preventDefault();
    const view = this.ownerDocument.defaultView;
    const entry = view?.history.state as unknown;
    if (this.#flow && isHistoryEntry(entry, this.#flow.definition.id) && entry.index > 0) {
      view!.history.back();
      return;
    }
    const previous = this.flowState?.history.at(-1);
    if (previous) this.#goTo(previous.page);
  };

  #onPopState = (event: PopStateEvent): void => {
    const flow = this.#flow;
    const current = this.flowState;
    if (!flow || !current) return;
    const page = isHistoryEntry(event.state, flow.definition.id)
      ? event.state.page
      : this.#pageInUrl();
    if (!page || page === current.location.page) return;
    if (canVisit(flow, current, page)) this.#goTo(page, { fromHistory: true });
    else this.#writeHistory(current.location.page, 'replace');
  };

  #onExit = (event: Event): void => {
    if ((event as CustomEvent<ExitDetail>).detail?.clearAnswers) void this.storage.clear(this.#key);
  };

  /** `<plaza-timeout-warning>` is ending the session: what was typed is saved first. */
  #onSaveRequest = (event: Event): void => {
    const { detail } = event as CustomEvent<TimeoutSaveDetail>;
    if (this.flowState)
      detail?.waitUntil?.(Promise.resolve(this.storage.save(this.#key, this.flowState)));
  };

  #onClear = (): void => void this.clearAnswers();

  #renderQuestionPage(page: QuestionPage): TemplateResult {
    const state = this.flowState!;
    const errorFor = (id: string) => state.errors.find((error) => error.field === id);
    const summary: SummaryError[] = state.errors
      .filter((error) => error.location.page === page.id)
      .map((error) => ({ message: this.t(error.message, error.args), field: error.field }));
    return html`<form
      class="plaza-flow-page"
      @submit=${this.#onContinue}
      @input=${this.#onEdit}
      @change=${this.#onEdit}
    >
      <plaza-error-summary .errors=${summary}></plaza-error-summary>
      <h1 class="plaza-flow-heading" tabindex="-1">${this.t(page.heading)}</h1>
      ${page.guidance ? html`<p class="plaza-flow-guidance">${this.t(page.guidance)}</p>` : nothing}
      ${pageQuestions(page).map((question) => {
        const error = errorFor(question.id);
        return html`<div data-question-wrapper>
          ${renderControl(
            question,
            question.id,
            state.answers[question.id],
            this.#translate,
            error ? this.t(error.message, error.args) : '',
          )}
        </div>`;
      })}
      <div class="plaza-flow-actions">
        <plaza-button type="submit">${this.t('formFlow.continue')}</plaza-button>
        <plaza-button type="button" variant="link" @click=${this.#onClear}
          >${this.t('formFlow.clear')}</plaza-button
        >
      </div>
    </form>`;
  }

  #renderPage(): TemplateResult | typeof nothing {
    const flow = this.#flow;
    const state = this.flowState;
    if (!flow || !state) return nothing;
    const { page } = state.location;
    if (page === CONFIRMATION) {
      const { confirmation } = flow.definition;
      return html`<plaza-panel
        ><h1 class="plaza-flow-heading" tabindex="-1" slot="heading">
          ${this.t(confirmation.heading)}
        </h1>
        ${confirmation.body ? this.t(confirmation.body) : nothing}</plaza-panel
      >`;
    }
    if (page === CHECK_ANSWERS) {
      return renderCheckAnswers({
        flow,
        state,
        t: this.#translate,
        lang: this.localize.lang,
        action: this.action,
        target: this.target,
        onChange: this.#onChange,
        onSend: this.#onSend,
      });
    }
    const definition = findPage(flow, page) ?? findPage(flow, firstPage(flow));
    return definition ? this.#renderQuestionPage(definition) : nothing;
  }

  override render() {
    if (this.loadFailed)
      return html`<plaza-alert variant="error">${this.t('formFlow.loadFailed')}</plaza-alert>`;
    const state = this.flowState;
    const showBack = state && state.history.length > 0 && state.location.page !== CONFIRMATION;
    return html`${
      showBack
        ? html`<plaza-back-link
            href="#${state.history.at(-1)!.page}"
            @click=${this.#onBack}
          ></plaza-back-link>`
        : nothing
    }
    ${this.#renderPage()}`;
  }
}

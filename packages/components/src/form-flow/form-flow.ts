import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { announce, PlazaElement } from '@plaza/core';
import {
  CONFIRMATION,
  createNavigator,
  locationKey,
  pageView,
  parseLocationKey,
  placeServerErrors,
  registerFlowMessages,
  sameLocation,
  sessionStore,
  toFormFields,
  toJson,
  type CompiledFlow,
  type Flow,
  type FlowDefinition,
  type FlowIssue,
  type FlowNavigator,
  type FlowState,
  type FlowStore,
  type Location,
  type PageView,
  type ServerError,
} from '@plaza/flow';
import type { ExitDetail } from '../exit-this-page/exit-this-page.js';
import type { TimeoutSaveDetail } from '../timeout-warning/timeout-warning.js';
import { AuthoredPages, definitionToLoad } from './authored-pages.js';
import { readPage, readRaw, type Translate } from './controls.js';
import { canVisit } from './navigation.js';
import { FlowHistory } from './flow-history.js';
import { loadAnyFlow } from './load-flow.js';
import { renderFlowPage, pageHeading } from './flow-page-view.js';
import { messages } from './form-flow.messages.js';
import { adoptFormFlowStyles } from './form-flow.styles.js';

export type { ServerError };

/** `plaza-flow-page`: the page now shown (its key in the location). */
export interface FlowPageDetail {
  page: string;
}

/** `plaza-flow-submit`: every answer, as JSON and as the form fields a native POST sends. */
export interface FlowSubmitDetail {
  answers: Record<string, unknown>;
  fields: [name: string, value: string][];
}

/**
 * @summary A multi-page service from one @plaza/flow definition: one page at a time, each a
 * browser history entry, with an error summary, a back link, "add another", check your answers
 * and a confirmation, saving after every page.
 *
 * @fires plaza-flow-submit - The resident pressed "Accept and send" with every answer valid.
 * `detail.answers` (JSON) and `detail.fields` (form fields). With `action` the page then POSTs
 * natively unless cancelled; without it the confirmation shows unless cancelled (then call
 * `showConfirmation()` or set `serverErrors`).
 * @fires plaza-flow-page - After every page change; `detail.page` is the page's location key.
 *
 * Accessibility: every page change moves focus to the new page's heading and sets the document
 * title to the page and the service; a failed Continue shows the error summary, focuses it and
 * adds "Error: " to the title. Back and Forward in the browser move between pages. The element
 * renders into the light DOM, so its form, headings and controls are ordinary page content.
 *
 * @slot - Optional `<plaza-flow-page>` elements: pages written in HTML with Plaza controls. Alone
 * they are the flow (in order; `service`, `flow-id` and `confirmation` name it); with a definition
 * each replaces the definition's page of the same id.
 */
export class PlazaFormFlow extends PlazaElement {
  static override messages = messages;

  #navigator: FlowNavigator | null = null;
  #store: FlowStore | null = null;
  #loadedFrom: FlowDefinition | CompiledFlow | string | null = null;
  #history = new FlowHistory(this);
  #authored = new AuthoredPages(this);
  /** The last page view and what it was drawn from: the title and the render share one walk. */
  #view: { state: FlowState; lang: string; view: PageView } | null = null;

  @state() private flowState: FlowState | null = null;
  @state() private loadFailed = false;

  /**
   * The service definition (see @plaza/flow), best compiled ahead of time with `compileFlow`: a
   * definition as written loads the full loader first. Or give `src`.
   */
  @property({ attribute: false }) definition: FlowDefinition | CompiledFlow | null = null;
  /** Address of the definition (compiled or as written) as JSON, used when `definition` is not set. */
  @property() src = '';
  /** Where "Accept and send" POSTs every answer natively; without it, only `plaza-flow-submit`. */
  @property() action = '';
  /** The POST's target browsing context (a frame name), as on `<form target>`. */
  @property() target = '';
  /**
   * Where answers are kept between pages and reloads: a function from the loaded flow to one of
   * @plaza/flow's stores. Session storage by default (`sessionStore`); `localStore` (with an
   * expiry), `memoryStore` or `serverStore` are the alternatives.
   */
  @property({ attribute: false }) store: (flow: Flow) => FlowStore = (flow) => sessionStore(flow);
  /** With `<plaza-flow-page>` children and no definition: the service's name. */
  @property() service = '';
  /** With `<plaza-flow-page>` children and no definition: the flow's id (names what is saved). */
  @property({ attribute: 'flow-id' }) flowId = 'flow';
  /** With `<plaza-flow-page>` children and no definition: the confirmation's heading. */
  @property() confirmation = '';
  /** Shows a step indicator of the definition's sections on each question page. */
  @property({ type: Boolean, attribute: 'show-steps' }) showSteps = false;
  /** Errors the server found, shown on the page and field each belongs to. */
  @property({ attribute: false }) serverErrors: ServerError[] = [];

  protected override createRenderRoot(): HTMLElement {
    adoptFormFlowStyles(this.ownerDocument);
    // Lit's server renderer gives every Lit element a declarative shadow root, this one too; a
    // shadow root cannot be removed, and without a slot it hid the flow drawn here (decision 0077).
    this.shadowRoot?.replaceChildren(this.ownerDocument.createElement('slot'));
    return this;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#history.connect(this.#onHistory);
    this.ownerDocument.addEventListener('plaza-exit', this.#onExit);
    this.ownerDocument.addEventListener('plaza-save', this.#onSaveRequest);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#history.disconnect();
    this.ownerDocument.removeEventListener('plaza-exit', this.#onExit);
    this.ownerDocument.removeEventListener('plaza-save', this.#onSaveRequest);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const source = this.definition ?? (this.src || null);
    const authored = !this.hasUpdated && this.#authored.collect().length > 0;
    if (
      authored ||
      (source !== this.#loadedFrom && (changed.has('definition') || changed.has('src')))
    ) {
      this.#loadedFrom = source;
      if (source || this.#authored.size) void this.#load(source);
    }
    if (changed.has('serverErrors') && this.serverErrors.length && this.#navigator) {
      this.#showServerErrors();
    }
  }

  /** The resident's current state (a copy), for services that keep it elsewhere. */
  get state(): FlowState | null {
    return this.flowState ? structuredClone(this.flowState) : null;
  }

  /** After a cancelled `plaza-flow-submit` the service has the answers: show the confirmation. */
  showConfirmation(): void {
    const navigator = this.#navigator;
    const current = this.flowState;
    if (!navigator || !current) return;
    const sent = navigator.next(current);
    if (sent.errors.length || sent.state.location.page !== CONFIRMATION) return;
    // Once sent, the answers are the service's to keep: none stay in the browser.
    this.#move({ ...sent.state, answers: {}, repeats: {}, history: [] });
  }

  /** Deletes the stored answers and starts again on the first page. */
  async clearAnswers(): Promise<void> {
    if (!this.#navigator) return;
    await this.#store?.clear();
    this.#move(this.#navigator.start(), { replace: true });
    void announce(this.t('formFlow.cleared'), { doc: this.ownerDocument });
  }

  #t: Translate = (text, args) => this.t(text, args);

  protected override updated(): void {
    const view =
      this.#navigator && this.flowState && this.#pageView(this.#navigator, this.flowState);
    this.#authored.place(view || null, this.#t);
  }

  async #load(source: FlowDefinition | CompiledFlow | string | null): Promise<void> {
    try {
      const flow = loadAnyFlow(await definitionToLoad(source, this, this.#authored.pages));
      registerFlowMessages(flow);
      const navigator = createNavigator(flow);
      this.#navigator = navigator;
      this.#store = this.store(flow);
      const flowId = flow.definition.id;
      const restored = (await this.#store.load()) ?? navigator.start();
      const wanted = parseLocationKey(this.#history.page() ?? '');
      const usable = wanted && canVisit(navigator, restored, wanted);
      this.flowState = usable ? { ...restored, location: wanted } : restored;
      this.loadFailed = false;
      this.#history.write(this.#locationKey, flowId, 'replace');
      await this.updateComplete;
      this.#setTitle();
      if (this.serverErrors.length) this.#showServerErrors();
    } catch (error) {
      this.loadFailed = true;
      console.error('<plaza-form-flow>:', error);
    }
  }

  #pageView(navigator: FlowNavigator, state: FlowState): PageView {
    const lang = this.localize.lang;
    if (this.#view?.state !== state || this.#view.lang !== lang) {
      this.#view = { state, lang, view: pageView(navigator, state, lang) };
    }
    return this.#view.view;
  }

  get #locationKey(): string {
    return this.flowState ? locationKey(this.flowState.location) : '';
  }

  #save(next: FlowState): void {
    this.flowState = next;
    void this.#store?.save(next);
  }

  /** Shows `next`'s location as a new history entry and moves focus to its heading. */
  #move(next: FlowState, { replace = false, fromHistory = false } = {}): void {
    this.#save(next);
    const flowId = this.#navigator!.flow.definition.id;
    if (!fromHistory) this.#history.write(this.#locationKey, flowId, replace ? 'replace' : 'push');
    void this.#pageRendered().then(() => {
      this.#setTitle();
      if (this.#currentErrors().length === 0) {
        this.querySelector<HTMLElement>('.plaza-flow-heading')?.focus();
      }
      this.dispatchEvent(
        new CustomEvent<FlowPageDetail>('plaza-flow-page', {
          bubbles: true,
          composed: true,
          detail: { page: this.#locationKey },
        }),
      );
    });
  }

  /**
   * Resolves once the page and every control on it have rendered. Focus makes the browser lay the
   * page out; focusing before the controls draw would lay it out twice (measured: a fifth of a
   * page change).
   */
  async #pageRendered(): Promise<void> {
    await this.updateComplete;
    for (const element of this.querySelectorAll('*')) {
      const pending = (element as Partial<{ updateComplete: Promise<unknown> }>).updateComplete;
      if (pending) await pending;
    }
  }

  /** The errors to show on the current page. */
  #currentErrors(): FlowIssue[] {
    const current = this.flowState;
    return current?.errors.filter((error) => sameLocation(error.location, current.location)) ?? [];
  }

  #setTitle(): void {
    const navigator = this.#navigator;
    if (!navigator || !this.flowState) return;
    const view = this.#pageView(navigator, this.flowState);
    const title = this.t('formFlow.title', {
      page: pageHeading(view, this.#t),
      service: this.t(navigator.flow.definition.name),
    });
    const failed = this.#currentErrors().length > 0;
    this.ownerDocument.title = failed ? `${this.t('field.errorPrefix')} ${title}` : title;
  }

  /** Stays on the page with `errors` shown (the summary takes focus), or moves on. */
  #afterNext(next: FlowState, errors: FlowIssue[]): void {
    if (errors.length === 0) {
      this.#move(next);
      return;
    }
    const first = errors[0].location;
    if (sameLocation(first, next.location)) {
      this.#save({ ...next, errors });
      void this.updateComplete.then(() => this.#setTitle());
      return;
    }
    this.#move({ ...this.#navigator!.goTo(next, first), errors });
  }

  #showServerErrors(): void {
    const navigator = this.#navigator;
    const current = this.flowState;
    if (!navigator || !current) return;
    try {
      const { state, unplaced } = placeServerErrors(navigator, current, this.serverErrors);
      if (unplaced.length)
        console.error('<plaza-form-flow>: server errors for no question', unplaced);
      this.#move(state);
    } catch (error) {
      console.error('<plaza-form-flow>:', error);
    }
  }

  /** Saves what was typed as it is typed: a reload, Back or a language switch loses nothing. */
  #onEdit = (event: Event): void => {
    const navigator = this.#navigator;
    const current = this.flowState;
    const control = (event.target as Element).closest?.<HTMLElement>('[data-question]');
    const node = current && navigator?.node(current.location);
    const id = control?.dataset.question;
    if (!navigator || !current || !control || !id || node?.kind !== 'page') return;
    const question = node.questions.find((each) => each.id === id);
    if (question) this.#save(navigator.save(current, { [id]: readRaw(question.def, control) }));
  };

  #onContinue = (event: SubmitEvent): void => {
    event.preventDefault();
    if (!this.#navigator || !this.flowState) return;
    const result = this.#navigator.next(
      this.flowState,
      readPage(event.target as HTMLFormElement, this.#navigator.node(this.flowState.location)),
    );
    this.#afterNext(result.state, result.errors);
  };

  #onChange = (location: Location): void => {
    if (!this.#navigator || !this.flowState) return;
    this.#move(this.#navigator.goTo(this.flowState, location, { returnTo: 'check-answers' }));
  };

  /** An item's Change or Remove link on a repeat group's list. */
  #onItem = (location: Location): void => {
    if (!this.#navigator || !this.flowState) return;
    this.#move(this.#navigator.goTo(this.flowState, location));
  };

  #onSend = (event: SubmitEvent): void => {
    const navigator = this.#navigator;
    const current = this.flowState;
    if (!navigator || !current) return;
    const result = navigator.next(current);
    if (result.errors.length) {
      event.preventDefault();
      this.#afterNext(result.state, result.errors);
      return;
    }
    const detail: FlowSubmitDetail = {
      answers: toJson(navigator, current),
      fields: toFormFields(navigator, current),
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
    // The native POST reads the form's fields during this event; the page changes after it.
    if (proceed) queueMicrotask(() => this.showConfirmation());
  };

  #onBack = (event: Event): void => {
    event.preventDefault();
    const navigator = this.#navigator;
    const current = this.flowState;
    if (!navigator || !current) return;
    if (this.#history.canGoBack(navigator.flow.definition.id)) {
      this.#history.back();
      return;
    }
    const form = this.querySelector<HTMLFormElement>('form.plaza-flow-page');
    this.#move(
      navigator.back(current, form ? readPage(form, navigator.node(current.location)) : {}),
    );
  };

  /** Back or Forward in the browser: show that page if the resident may open it. */
  #onHistory = (key: string | null): void => {
    const navigator = this.#navigator;
    const current = this.flowState;
    if (!navigator || !current) return;
    const location = parseLocationKey(key ?? '');
    if (!location || sameLocation(location, current.location)) return;
    if (!canVisit(navigator, current, location)) {
      this.#history.write(this.#locationKey, navigator.flow.definition.id, 'replace');
      return;
    }
    this.#move(navigator.goTo(current, location), { fromHistory: true });
  };

  #onExit = (event: Event): void => {
    if ((event as CustomEvent<ExitDetail>).detail?.clearAnswers) void this.#store?.clear();
  };

  /** `<plaza-timeout-warning>` is ending the session: what was typed is saved first. */
  #onSaveRequest = (event: Event): void => {
    const { detail } = event as CustomEvent<TimeoutSaveDetail>;
    const current = this.flowState;
    if (current && this.#store) detail?.waitUntil?.(this.#store.save(current));
  };

  #onClear = (): void => void this.clearAnswers();

  override render(): TemplateResult {
    if (this.loadFailed) {
      return html`<plaza-alert variant="error">${this.t('formFlow.loadFailed')}</plaza-alert>`;
    }
    const navigator = this.#navigator;
    const current = this.flowState;
    if (!navigator || !current) return html``;
    const showBack = current.history.length > 0 && current.location.page !== CONFIRMATION;
    return html`${
      showBack
        ? html`<plaza-back-link
            href="#${locationKey(current.history.at(-1)!)}"
            @click=${this.#onBack}
          ></plaza-back-link>`
        : nothing
    }
    ${renderFlowPage({
      navigator,
      state: current,
      view: this.#pageView(navigator, current),
      t: this.#t,
      lang: this.localize.lang,
      action: this.action,
      target: this.target,
      onContinue: this.#onContinue,
      onEdit: this.#onEdit,
      onChange: this.#onChange,
      onItem: this.#onItem,
      onSend: this.#onSend,
      onClear: this.#onClear,
      authored: this.#authored.shows(this.#pageView(navigator, current)),
      steps: this.showSteps,
    })}`;
  }
}

declare global {
  interface HTMLElementEventMap {
    /** A page of the flow is shown. */
    'plaza-flow-page': CustomEvent<FlowPageDetail>;
    /** The resident submitted the flow. */
    'plaza-flow-submit': CustomEvent<FlowSubmitDetail>;
  }
}

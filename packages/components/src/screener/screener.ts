import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { PlazaElement, announce } from '@plaza/core';
import {
  factDefinition,
  loadRuleSet,
  questionText,
  readFact,
  registerEligibilityMessages,
  screen,
  writeFact,
  type CompiledRuleSet,
  type RuleSet,
  type ScreeningStep,
} from '@plaza/eligibility';
import '../eligibility-results/plaza-eligibility-results.js';
import type { AnswerQuestionsDetail } from '../eligibility-results/eligibility-results.js';
import { messages } from './screener.messages.js';
import { screenerStyles } from './screener.styles.js';
import { questionControl, readControl } from './screener-question.js';
import {
  emptyState,
  screenerStore,
  type ScreenerState,
  type ScreenerStorage,
} from './screener-state.js';
import {
  readShareFragment,
  shareFragment,
  sharedView,
  type SharedResults,
} from './screener-share.js';
import type { StateStore } from '@plaza/flow';
import { fetchRuleSet } from './fetch-rule-set.js';
import { addMember, checkView, removeMember, removeView } from './screener-check.js';

type View =
  | { step: 'question'; id: string }
  | { step: 'check' }
  | { step: 'remove'; fact: string; index: number }
  | { step: 'results' }
  | { step: 'shared'; shared: SharedResults };
type Control = HTMLElement & { value: string; error: string };

const words = (value: string): string[] => value.split(/\s+/).filter(Boolean);

/**
 * @summary An eligibility screener: asks residents only the questions that can still change a
 * result, one per page, then shows grouped results. Built on `@plaza/eligibility`'s `screen()`.
 *
 * @csspart progress - "About N questions left".
 * @csspart shared-note - The note over results opened from a share link.
 *
 * Privacy: answers stay in `sessionStorage` (the default), in memory, or, only when the agency
 * opts in with `storage="local"`, in `localStorage` for `keep-days` days without the answers to
 * sensitive questions (unless `keep-sensitive`). Never in a URL, never in a request, never
 * logged. "Clear my answers" forgets them, and so does a `plaza-exit` event from
 * `<plaza-exit-this-page clear-answers>`.
 *
 * Accessibility: each question is the page heading (an `h1` in the control); after each answer
 * focus moves to the next question's control. "I don't know" (or "Prefer not to say" for
 * sensitive questions) keeps the answer unknown.
 */
export class PlazaScreener extends PlazaElement {
  static override messages = messages;
  static override styles = screenerStyles;

  /** The rule set (with its `messages`). Or give `src`. */
  @property({ attribute: false }) ruleSet: RuleSet | undefined;
  /** Where to fetch the rule set JSON from (GET, same-origin credentials, no answers sent). */
  @property() src = '';
  /** Screen for these program ids only (space-separated). */
  @property() programs = '';
  /** The agency's order among equally useful questions: fact ids, space-separated. */
  @property() order = '';
  /**
   * Where answers are kept: `session` (default: survives a reload, gone with the tab), `memory`,
   * or `local` (opt-in: survives closing the browser, for `keep-days`). Read when the rule set
   * loads.
   */
  @property() storage: ScreenerStorage = 'session';
  /** With `storage="local"`: days answers are kept after the last answer (default 7). */
  @property({ type: Number, attribute: 'keep-days' }) keepDays = 7;
  /** With `storage="local"`: keep answers to sensitive questions too (default: never stored). */
  @property({ type: Boolean, attribute: 'keep-sensitive' }) keepSensitive = false;
  /** The date to apply the rules for, `YYYY-MM-DD` (default: today). */
  @property({ attribute: 'as-of' }) asOf = '';

  @state() private compiled: CompiledRuleSet | undefined;
  @state() private view: View | undefined;
  @state() private data: ScreenerState = emptyState();
  @state() private loadFailed = false;

  /** Where to go after answering: back to the check page or the results, through a queue. */
  #returnTo: 'check' | 'results' | undefined;
  #queue: string[] = [];
  #history: View[] = [];
  #store: StateStore<ScreenerState> | undefined;
  /** The saved answers being read back; `updateComplete` waits for it. */
  #loading: Promise<void> | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    this.ownerDocument.addEventListener('plaza-exit', this.#onExit);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.ownerDocument.removeEventListener('plaza-exit', this.#onExit);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('ruleSet') && this.ruleSet) this.#use(this.ruleSet);
    if (changed.has('src') && this.src && !this.ruleSet) {
      fetchRuleSet(this.src, this.ownerDocument.baseURI).then(
        (ruleSet) => (this.ruleSet = ruleSet),
        () => (this.loadFailed = true),
      );
    }
  }

  protected override async getUpdateComplete(): Promise<boolean> {
    await super.getUpdateComplete();
    if (!this.#loading) return true;
    await this.#loading;
    return super.getUpdateComplete();
  }

  #use(ruleSet: RuleSet): void {
    const compiled = loadRuleSet(ruleSet);
    registerEligibilityMessages(compiled);
    const store = screenerStore(compiled, this);
    this.#store = store;
    this.compiled = compiled;
    this.data = emptyState();
    this.view = undefined;
    this.#history = [];
    this.#loading = store.load().then(
      (saved) => this.#start(store, saved),
      () => this.#start(store, undefined),
    );
  }

  #start(store: StateStore<ScreenerState>, saved: ScreenerState | undefined): void {
    // Another rule set may have arrived while this one's answers were being read.
    if (store !== this.#store || !this.compiled) return;
    this.data = saved ?? emptyState();
    const shared = readShareFragment(
      this.ownerDocument.defaultView?.location.hash ?? '',
      this.compiled.source.version,
      this.compiled.programIds,
    );
    if (shared) this.view = { step: 'shared', shared };
    else this.#advance(false);
  }

  /** `declined`: the questions to treat as never to be answered (default: those declined). */
  #step(declined: string[] = this.data.declined): ScreeningStep {
    return screen(this.compiled as CompiledRuleSet, this.data.answers, {
      declined,
      order: words(this.order),
      ...(this.programs ? { programs: words(this.programs) } : {}),
      ...(this.asOf ? { asOf: this.asOf } : {}),
    });
  }

  /** Goes to the next question worth asking, or on to checking the answers. */
  #advance(focus = true): void {
    // A resident who asked to answer questions they had declined may answer them now.
    const step = this.#step(this.data.declined.filter((id) => !this.#queue.includes(id)));
    const open = new Set(step.candidates.map((candidate) => candidate.id));
    while (this.#queue.length > 0 && !open.has(this.#queue[0])) this.#queue.shift();
    let next: View;
    if (this.#queue.length > 0) next = { step: 'question', id: this.#queue[0] };
    else if (this.#returnTo) next = { step: this.#returnTo };
    else if (step.next) next = { step: 'question', id: step.next };
    else next = { step: this.data.asked.length > 0 ? 'check' : 'results' };
    if (next.step !== 'question') this.#returnTo = undefined;
    this.#show(next, focus);
  }

  #show(view: View, focus = true): void {
    if (this.view) this.#history.push(this.view);
    this.view = view;
    if (focus) void this.updateComplete.then(() => this.#focusView());
  }

  #focusView(): void {
    const root = this.renderRoot;
    if (this.view?.step === 'results') {
      root.querySelector('plaza-eligibility-results')?.focusHeading();
      return;
    }
    const target =
      root.querySelector<HTMLElement>('[name="answer"]') ??
      root.querySelector<HTMLElement>('[data-heading]');
    target?.focus();
  }

  #save(next: ScreenerState): void {
    this.data = next;
    // A full or refused storage only loses "come back later"; the answers stay in memory.
    this.#store?.save(next).catch(() => undefined);
  }

  #forget(): void {
    this.#store?.clear().catch(() => undefined);
    this.data = emptyState();
  }

  #record(id: string, value: unknown): void {
    const asked = this.data.asked.includes(id) ? this.data.asked : [...this.data.asked, id];
    const declined = this.data.declined.filter((other) => other !== id);
    if (value === undefined) declined.push(id);
    this.#save({ answers: writeFact(this.data.answers, id, value), declined, asked });
    if (this.#queue[0] === id) this.#queue.shift();
    this.#advance();
  }

  #onSubmit = (event: SubmitEvent): void => {
    event.preventDefault();
    const view = this.view;
    if (view?.step !== 'question' || !this.compiled) return;
    const fact = factDefinition(this.compiled, view.id);
    const control = this.renderRoot.querySelector<Control>('[name="answer"]');
    if (!fact || !control) return;
    const read = readControl(
      fact,
      control.value ?? '',
      (key, args) => this.t(key, args),
      readFact(this.data.answers, view.id),
    );
    if ('error' in read) {
      control.error = read.error;
      control.focus();
      return;
    }
    this.#record(view.id, read.value);
  };

  #onDecline = (): void => {
    if (this.view?.step === 'question') this.#record(this.view.id, undefined);
  };

  #onBack = (): void => {
    const previous = this.#history.pop();
    if (!previous) return;
    this.view = previous;
    void this.updateComplete.then(() => this.#focusView());
  };

  #change(id: string): void {
    this.#returnTo = 'check';
    this.#show({ step: 'question', id });
  }

  /** Adds a person, then asks the questions about them that can still change a result. */
  #addMember(fact: string): void {
    const index = (readFact(this.data.answers, fact) as unknown[]).length;
    this.#save(addMember(this.data, fact));
    const members = factDefinition(this.compiled as CompiledRuleSet, fact)?.facts ?? [];
    this.#queue = members.map((member) => `${fact}[${index}].${member.id}`);
    this.#returnTo = 'check';
    this.#advance();
  }

  #removeAnswered(remove: boolean): void {
    const view = this.view;
    if (view?.step !== 'remove') return;
    if (remove) {
      this.#save(removeMember(this.data, view.fact, view.index));
      void announce(this.t('screener.people.removed', { number: view.index + 1 }), {
        doc: this.ownerDocument,
      });
    }
    // The confirmation leaves the back stack: Back from here goes where the check page did.
    this.view = undefined;
    this.#history.pop();
    this.#show({ step: 'check' });
  }

  #onAnswerMore = (event: Event): void => {
    const { questions } = (event as CustomEvent<AnswerQuestionsDetail>).detail;
    this.#queue = [...questions];
    this.#returnTo = 'results';
    this.#advance();
  };

  /** Forgets every answer, here and in storage, and starts again. */
  clearAnswers(): void {
    this.#forget();
    this.#queue = [];
    this.#returnTo = undefined;
    this.#history = [];
    this.view = undefined;
    void announce(this.t('screener.cleared'), { doc: this.ownerDocument });
    if (this.compiled) this.#advance();
  }

  #onExit = (event: Event): void => {
    if ((event as CustomEvent<{ clearAnswers: boolean }>).detail?.clearAnswers) this.#forget();
  };

  #question(id: string) {
    const compiled = this.compiled as CompiledRuleSet;
    const fact = factDefinition(compiled, id);
    if (!fact) return nothing;
    const lang = this.localize.lang;
    const step = this.#step();
    const hint = fact.hint ? this.t(fact.hint) : '';
    return html`<p class="progress" part="progress">
        ${step.remaining <= 1 ? this.t('screener.last') : this.t('screener.left', { count: step.remaining })}
      </p>
      <form novalidate @submit=${this.#onSubmit}>
        ${questionControl(
          fact,
          {
            label: questionText(compiled.source, id, lang),
            hint: hint === fact.hint ? '' : hint,
            t: (key, args) => this.t(key, args),
          },
          readFact(this.data.answers, id),
        )}
        <div class="actions">
          <button type="submit" class="primary">${this.t('screener.continue')}</button>
          <button type="button" class="secondary" @click=${this.#onDecline}>
            ${this.t(fact.sensitive ? 'screener.preferNot' : 'screener.dontKnow')}
          </button>
        </div>
      </form>`;
  }

  #results() {
    // Without `declined`, so "Answer N more questions" offers declined questions again too.
    const result = this.#step([]).result;
    const visible = this.programs ? new Set(words(this.programs)) : undefined;
    const shown = visible
      ? { ...result, programs: result.programs.filter((program) => visible.has(program.id)) }
      : result;
    return html`<plaza-eligibility-results
        .result=${shown}
        .ruleSet=${this.compiled?.source}
        @plaza-answer-questions=${this.#onAnswerMore}
      ></plaza-eligibility-results>
      <p class="share">
        <a href=${shareFragment(result.ruleSet.version, shown.programs)}
          >${this.t('screener.share')}</a
        >
      </p>`;
  }

  override render() {
    if (this.loadFailed) return html`<p role="alert">${this.t('screener.loadFailed')}</p>`;
    if (!this.compiled || !this.view) return html`<p>${this.t('screener.loading')}</p>`;
    const view = this.view;
    return html`${
        this.#history.length > 0
          ? html`<button type="button" class="link back" @click=${this.#onBack}>
              ${this.t('screener.back')}
            </button>`
          : nothing
      }
      ${
        view.step === 'question'
          ? this.#question(view.id)
          : view.step === 'check'
            ? checkView({
                compiled: this.compiled,
                data: this.data,
                asOf: this.asOf,
                lang: this.localize.lang,
                t: (key, args) => this.t(key, args),
                change: (id) => this.#change(id),
                remove: (fact, index) => this.#show({ step: 'remove', fact, index }),
                add: (fact) => this.#addMember(fact),
                submit: () => this.#show({ step: 'results' }),
              })
            : view.step === 'remove'
              ? removeView(
                  view.index,
                  (key, args) => this.t(key, args),
                  (remove) => this.#removeAnswered(remove),
                )
              : view.step === 'shared'
                ? sharedView(view.shared, {
                    compiled: this.compiled,
                    asOf: this.asOf,
                    t: (key) => this.t(key),
                    start: () => {
                      this.view = undefined;
                      this.#advance();
                    },
                  })
                : this.#results()
      }
      <button type="button" class="link clear" @click=${() => this.clearAnswers()}>
        ${this.t('screener.clear')}
      </button>`;
  }
}

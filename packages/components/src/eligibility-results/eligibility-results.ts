import { html, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { PlazaElement, announce, formatDate, safeNavigationUrl } from '@plaza/core';

import {
  explain,
  questionText,
  type EvaluationResult,
  type ExplainedProgram,
  type ProgramNextSteps,
  type RuleSet,
  type Status,
} from '@plaza/eligibility';
import '../tag/plaza-tag.js';
import { messages } from './eligibility-results.messages.js';
import { eligibilityResultsStyles } from './eligibility-results.styles.js';

/** `plaza-answer-questions`: the resident asked to answer the questions that could settle a program. */
export interface AnswerQuestionsDetail {
  program: string;
  /** Fact paths, as in the result's `missing` (e.g. `householdMembers[1].dateOfBirth`). */
  questions: string[];
}

const GROUPS: Status[] = ['likely', 'maybe', 'unlikely'];
const TAG_VARIANT: Record<Status, string> = {
  likely: 'success',
  maybe: 'info',
  unlikely: 'neutral',
};
const REASON_STATUSES = ['met', 'unmet', 'unknown'] as const;

/**
 * @summary The results of an eligibility check, grouped "likely", "need more information" and
 * "unlikely", each program with its reasons, sources, next steps and the questions that could
 * still settle it. Works on its own with any `evaluate` result (e.g. a server's re-check).
 *
 * @csspart heading - The results heading, focused when results first appear.
 * @csspart program - One program's card.
 *
 * @fires plaza-answer-questions - The resident chose "Answer N more questions": `detail.program`
 * and `detail.questions` (exactly the facts that could change that program's result).
 *
 * Accessibility: the heading takes focus when results first appear (call `focusHeading()` to do
 * it again); later changes are announced once in a polite live region with the new counts. The
 * status is words in a tag, never only a colour. Printing leaves out buttons.
 */
export class PlazaEligibilityResults extends PlazaElement {
  static override messages = messages;
  static override styles = eligibilityResultsStyles;

  /** The result of `evaluate` (or `screen(...).result`). */
  @property({ attribute: false }) result: EvaluationResult | undefined;
  /** The rule set, for program names, reasons and questions in the resident's language. */
  @property({ attribute: false }) ruleSet: RuleSet | undefined;
  /** Heading level of the results heading (2 by default; groups and cards go one and two below). */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;
  /**
   * Where "Find help applying near you" leads: a URL with `{services}`, replaced by the program's
   * service ids (Open Referral HSDS, comma-separated), e.g. `/find-help#services={services}` for
   * a page with the service finder. Ids name services, never answers. Unset: no such link.
   */
  @property({ attribute: 'services-href' }) servicesHref = '';
  /** Leave out the "Answer N more questions" buttons (e.g. a server re-check with no screener). */
  @property({ type: Boolean, attribute: 'no-questions' }) noQuestions = false;

  #shown = false;

  /** Moves focus to the results heading. */
  focusHeading(): void {
    this.renderRoot.querySelector<HTMLElement>('[part="heading"]')?.focus();
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (!changed.has('result') || !this.result) return;
    if (!this.#shown) {
      this.#shown = true;
      this.focusHeading();
      return;
    }
    const count = (status: Status) =>
      this.result?.programs.filter((program) => program.status === status).length ?? 0;
    void announce(
      this.t('results.changed', {
        likely: count('likely'),
        maybe: count('maybe'),
        unlikely: count('unlikely'),
      }),
      { doc: this.ownerDocument },
    );
  }

  #heading(level: number, text: string, part = '') {
    const clamped = Math.min(6, Math.max(1, level));
    // The level is data, not markup: a role and aria-level keep the template static.
    return html`<div
      role="heading"
      aria-level=${clamped}
      class="heading level-${Math.min(clamped, 4)}"
      part=${part || nothing}
      tabindex=${part === 'heading' ? -1 : nothing}
    >
      ${text}
    </div>`;
  }

  #ask(program: ExplainedProgram, questions: string[]) {
    this.dispatchEvent(
      new CustomEvent<AnswerQuestionsDetail>('plaza-answer-questions', {
        bubbles: true,
        composed: true,
        detail: { program: program.id, questions },
      }),
    );
  }

  #card(program: ExplainedProgram, missing: string[], learnMoreUrl: string | undefined) {
    const lang = this.localize.lang;
    const base = this.ownerDocument.baseURI;
    const learnMore = learnMoreUrl ? safeNavigationUrl(learnMoreUrl, base) : null;
    const level = this.headingLevel + 2;
    return html`<section class="program" part="program" aria-label=${program.name}>
      ${this.#heading(level, program.name)}
      <plaza-tag variant=${TAG_VARIANT[program.status]}
        >${this.t(`results.tag.${program.status}`)}</plaza-tag
      >
      ${program.description ? html`<p>${program.description}</p>` : nothing}
      ${program.agency ? html`<p class="agency">${program.agency}</p>` : nothing}
      ${REASON_STATUSES.map((status) => {
        const reasons = program.reasons.filter((reason) => reason.status === status);
        return reasons.length === 0
          ? nothing
          : html`<div class="reasons ${status}">
              ${this.#heading(level + 1, this.t(`results.reasons.${status}`))}
              <ul>
                ${reasons.map((reason) => html`<li>${reason.text}</li>`)}
              </ul>
            </div>`;
      })}
      ${
        missing.length > 0 && !this.noQuestions
          ? html`<button type="button" class="ask" @click=${() => this.#ask(program, missing)}>
              ${this.t('results.answerMore', { count: missing.length })}
            </button>`
          : nothing
      }
      ${this.#nextSteps(program.nextSteps, learnMore, level + 1)}
      <details>
        <summary>${this.t('results.why')}</summary>
        <p>${this.t(`results.why.${program.status}`)}</p>
        ${
          missing.length > 0 && this.ruleSet
            ? html`<ul>
                ${missing.map((id) => html`<li>${questionText(this.ruleSet as RuleSet, id, lang)}</li>`)}
              </ul>`
            : nothing
        }
        <p>${this.t('results.sources')}</p>
        <ul class="sources">
          ${program.citations.map(
            (citation) =>
              html`<li>
                ${
                  safeNavigationUrl(citation.url, base)
                    ? html`<a href=${safeNavigationUrl(citation.url, base) as string}
                        >${citation.title}</a
                      >`
                    : citation.title
                }
              </li>`,
          )}
        </ul>
        <p>
          ${this.t('results.asOf', { date: formatDate(lang, new Date(`${this.result?.asOf}T12:00:00Z`)) })}
        </p>
      </details>
    </section>`;
  }

  /** How to apply, documents to have ready and who to ask, from the program's data. */
  #nextSteps(steps: ProgramNextSteps, learnMore: string | null, level: number) {
    const base = this.ownerDocument.baseURI;
    const apply = steps.apply ? safeNavigationUrl(steps.apply.url, base) : null;
    const contact = steps.contact;
    const site = contact?.url ? safeNavigationUrl(contact.url, base) : null;
    const phone = contact?.phone?.replace(/[^\d+]/g, '');
    const services =
      this.servicesHref.includes('{services}') && steps.services.length > 0
        ? safeNavigationUrl(
            this.servicesHref.replace('{services}', encodeURIComponent(steps.services.join(','))),
            base,
          )
        : null;
    if (!apply && !learnMore && steps.documents.length === 0 && !contact && !services)
      return nothing;
    return html`<div class="next">
      ${this.#heading(level, this.t('results.nextSteps'))}
      ${
        apply
          ? html`<p><a href=${apply}>${steps.apply?.label || this.t('results.apply')}</a></p>`
          : nothing
      }
      ${
        steps.documents.length > 0
          ? html`<p>${this.t('results.documents')}</p>
              <ul>
                ${steps.documents.map((document) => html`<li>${document}</li>`)}
              </ul>`
          : nothing
      }
      ${
        contact
          ? html`<p>
              ${this.t('results.contact')} ${contact.name ?? ''}
              ${phone ? html`<a href="tel:${phone}">${contact.phone}</a>` : nothing}
              ${contact.email ? html`<a href="mailto:${contact.email}">${contact.email}</a>` : nothing}
              ${site ? html`<a href=${site}>${site}</a>` : nothing}
            </p>`
          : nothing
      }
      ${services ? html`<p><a href=${services}>${this.t('results.services')}</a></p>` : nothing}
      ${learnMore ? html`<p><a href=${learnMore}>${this.t('results.learnMore')}</a></p>` : nothing}
    </div>`;
  }

  override render() {
    const result = this.result;
    if (!result) return html`<p>${this.t('results.empty')}</p>`;
    const explained = explain(result, this.localize.lang, this.ruleSet);
    const byId = new Map(result.programs.map((program) => [program.id, program]));
    return html`${this.#heading(this.headingLevel, this.t('results.heading'), 'heading')}
    ${GROUPS.map((status) => {
      const programs = explained.filter((program) => program.status === status);
      if (programs.length === 0) return nothing;
      return html`<section class="group ${status}" aria-label=${this.t(`results.group.${status}`)}>
        ${this.#heading(
          this.headingLevel + 1,
          `${this.t(`results.group.${status}`)} (${this.t('results.count', { count: programs.length })})`,
        )}
        ${programs.map((program) => {
          const source = byId.get(program.id);
          return this.#card(program, source?.missing ?? [], source?.links.learnMore);
        })}
      </section>`;
    })}`;
  }
}

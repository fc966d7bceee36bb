import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { PlazaElement, announce } from '@plaza/core';
import { stepIndicatorStyles } from './step-indicator.styles.js';
import { mutationObserver } from '../parts/observer.js';

/**
 * @summary Where a resident is in a multi-step form: "Step 2 of 4: Household", with every step named.
 *
 * @slot - One element per step (for example `<span>`), holding the step's name, in order. The
 * names are in the light DOM, readable before scripts run.
 *
 * @csspart steps - The ordered list of steps.
 * @csspart step - Each step.
 * @csspart segment - The bar drawn for each step.
 * @csspart heading - "Step N of M" and the current step's name.
 *
 * @cssprop [--plaza-step-indicator-complete-color=var(--plaza-color-text)] - Bars of completed steps.
 * @cssprop [--plaza-step-indicator-current-color=var(--plaza-color-primary)] - Bar of the current step.
 *
 * Accessibility: an ordered list named "Progress" where each step says "completed" or "not
 * completed" (visually hidden) and the current step has `aria-current="step"`; then a heading
 * "Step 2 of 4" with the step's name (`heading-level`, 2 by default). When `current` changes
 * without a page load, the new step is announced politely. Completed, current and later steps
 * differ in shape (filled, filled and bold, outlined), not only colour. On narrow screens the
 * names under the bars are hidden visually and the heading carries the step.
 */
export class PlazaStepIndicator extends PlazaElement {
  static override styles = stepIndicatorStyles;
  /** This element's own strings, registered beneath any agency override when it first connects. */
  static override messages = {
    en: {
      'stepIndicator.label': 'Progress',
      'stepIndicator.stepOf': 'Step {current} of {total}',
      'stepIndicator.completed': 'completed',
      'stepIndicator.notCompleted': 'not completed',
    },
    es: {
      'stepIndicator.label': 'Progreso',
      'stepIndicator.stepOf': 'Paso {current} de {total}',
      'stepIndicator.completed': 'completado',
      'stepIndicator.notCompleted': 'no completado',
    },
  };
  static override shadowRootOptions: ShadowRootInit = {
    ...PlazaElement.shadowRootOptions,
    slotAssignment: 'manual',
  };

  #observer = mutationObserver(() => this.#readSteps());

  @state() private steps: Element[] = [];

  /** The current step, from 1. */
  @property({ type: Number }) current = 1;
  /** Level of the "Step N of M" heading, 1 to 6. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;
  /** Hides the names under the bars at every width; the heading still names the current step. */
  @property({ type: Boolean, reflect: true, attribute: 'hide-names' }) hideNames = false;

  override connectedCallback(): void {
    super.connectedCallback();
    this.#readSteps();
    this.#observer.observe(this, { childList: true, subtree: true, characterData: true });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#observer.disconnect();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const slots = this.renderRoot.querySelectorAll('slot');
    this.steps.forEach((step, index) => slots[index]?.assign(step));
    if (changed.has('current') && changed.get('current') !== undefined) {
      void announce(this.#headingText(), { doc: this.ownerDocument });
    }
  }

  /** The current step clamped to the steps there are. */
  get currentStep(): number {
    return Math.min(Math.max(1, Math.floor(this.current) || 1), Math.max(1, this.steps.length));
  }

  #readSteps(): void {
    this.steps = [...this.children];
  }

  #headingText(): string {
    const name = this.steps[this.currentStep - 1]?.textContent?.replace(/\s+/g, ' ').trim();
    const counter = this.t('stepIndicator.stepOf', {
      current: this.currentStep,
      total: this.steps.length,
    });
    return name ? `${counter}: ${name}` : counter;
  }

  #renderStep(index: number) {
    const position = index + 1;
    const current = this.currentStep;
    const status = position < current ? 'complete' : position === current ? 'current' : 'upcoming';
    const hidden =
      status === 'complete'
        ? this.t('stepIndicator.completed')
        : status === 'upcoming'
          ? this.t('stepIndicator.notCompleted')
          : '';
    return html`<li
      class=${status}
      part="step"
      aria-current=${status === 'current' ? 'step' : nothing}
    >
      <span class="segment" part="segment"></span>
      <span class="name"
        ><slot></slot>${
          hidden ? html`<span class="visually-hidden"> ${hidden}</span>` : nothing
        }</span
      >
    </li>`;
  }

  override render() {
    const current = this.currentStep;
    const name = this.steps[current - 1]?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
    const level = Math.min(6, Math.max(1, Math.floor(this.headingLevel) || 2));
    return html`<div class="step-indicator">
      <ol part="steps" aria-label=${this.t('stepIndicator.label')}>
        ${repeat(
          this.steps,
          (step) => step,
          (_, index) => this.#renderStep(index),
        )}
      </ol>
      <div class="heading" part="heading" role="heading" aria-level=${level}>
        <span class="counter"
          >${this.t('stepIndicator.stepOf', { current, total: this.steps.length })}</span
        >
        <span class="current-name">${name}</span>
      </div>
    </div>`;
  }
}

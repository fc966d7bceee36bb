import { html, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import {
  FORM_INVALID_EVENT,
  PlazaElement,
  focusWithContext,
  uniqueId,
  type FormInvalidDetail,
  type InvalidControl,
} from '@plaza/core';
import { errorSummaryStyles } from './error-summary.styles.js';

/** `plaza-error-summary-show`: how many errors the summary lists. */
export interface ErrorSummaryShowDetail {
  count: number;
}

/** An error given as data, for example by a server that re-renders the page after a POST. */
export interface SummaryError {
  /** The message, in the same words as the field's inline error. */
  message: string;
  /** Where the link goes: `#id` of the field (or of its first wrong part). */
  href?: string;
  /** Or the field's `name` in the form; used when there is no `href`. */
  field?: string;
}

interface ShownError {
  message: string;
  /** '' when the given href is not a safe link: the message then shows as plain text. */
  href: string;
  /** The control this error came from, for a failed submit; absent for server errors. */
  control?: InvalidControl;
  field?: string;
}

const ERROR_PREFIX_SEPARATOR = ' ';

/**
 * `href` when it is a fragment or an http(s) URL on this page's origin, else ''. Server errors
 * are data: a `javascript:` (or `data:`, or another site's) URL there must never become a link.
 */
function safeHref(href: string, doc: Document): string {
  if (href.startsWith('#')) return href;
  try {
    const url = new URL(href, doc.baseURI);
    const sameOrigin = url.origin === doc.defaultView?.location.origin;
    return sameOrigin && /^https?:$/u.test(url.protocol) ? href : '';
  } catch {
    return '';
  }
}

/** Reads `errors='[{"href": "#dob-day", "message": "..."}]'`; bad JSON is reported and ignored. */
const errorsConverter = {
  fromAttribute(value: string | null): SummaryError[] {
    if (!value) return [];
    try {
      const parsed: unknown = JSON.parse(value);
      if (Array.isArray(parsed)) {
        return parsed.filter(
          (item): item is SummaryError =>
            item !== null && typeof item === 'object' && typeof item.message === 'string',
        );
      }
    } catch {
      // Reported below.
    }
    console.error(
      `Plaza: errors must be a JSON array of {href or field, message}; ignored: ${value}`,
    );
    return [];
  },
};

interface FocusableControl extends HTMLElement {
  focusFirstInvalid?: () => void;
  readonly validity?: ValidityState;
  readonly validationMessage?: string;
  readonly labels?: NodeListOf<HTMLLabelElement> | NodeList;
}

/**
 * @summary The list of a form's errors, shown at the top of the page after a failed submit, with
 * a link to each wrong field.
 *
 * @csspart summary - The box around the summary; it takes focus.
 * @csspart title - The "There is a problem" heading.
 * @csspart list - The list of errors.
 * @csspart link - Each error's link.
 *
 * @cssprop [--plaza-error-summary-border-color=var(--plaza-color-error)] - The box's border.
 *
 * @fires plaza-error-summary-show - When the summary shows errors (after a failed submit or when
 * given `errors`). Detail: `{ count }`.
 *
 * Accessibility: the summary cancels `plaza-form-invalid`, so it, not the first field, takes
 * focus after a failed submit; it is a region named by its heading and described by its list,
 * so taking focus reads it once per submit. It is not a live region: as the user fixes fields the
 * list shrinks silently instead of being re-announced. Only fragment and same-origin http(s)
 * hrefs become links; any other given href shows its message as text. Each link moves focus to
 * its field (the first wrong part of a date) and scrolls the field's label or legend into view.
 * The page title gets an "Error: " prefix while errors show, so the problem is heard on
 * page load and in the tab list.
 */
export class PlazaErrorSummary extends PlazaElement {
  static override styles = errorSummaryStyles;
  /** This element's own strings, registered beneath any agency override when it first connects. */
  static override messages = {
    en: {
      'errorSummary.title': 'There is a problem',
    },
    es: {
      'errorSummary.title': 'Hay un problema',
    },
  };

  #titlePrefix = '';
  @query('.summary') private box!: HTMLElement | null;
  @state() private shown: ShownError[] = [];

  /** The id of the form to summarize; by default the form the summary is in. */
  @property({ attribute: 'for' }) for = '';
  /** Errors given as data, shown at once; a server-rendered page sets these. */
  @property({ converter: errorsConverter }) errors: SummaryError[] = [];
  /** Level of the "There is a problem" heading. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel: 2 | 3 | 4 = 2;

  override connectedCallback(): void {
    super.connectedCallback();
    const doc = this.ownerDocument;
    doc.addEventListener(FORM_INVALID_EVENT, this.#onFormInvalid);
    doc.addEventListener('input', this.#onEdit, true);
    doc.addEventListener('change', this.#onEdit, true);
    doc.addEventListener('submit', this.#onSubmit);
    doc.addEventListener('reset', this.#onReset, true);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    const doc = this.ownerDocument;
    doc.removeEventListener(FORM_INVALID_EVENT, this.#onFormInvalid);
    doc.removeEventListener('input', this.#onEdit, true);
    doc.removeEventListener('change', this.#onEdit, true);
    doc.removeEventListener('submit', this.#onSubmit);
    doc.removeEventListener('reset', this.#onReset, true);
    this.#setTitlePrefix(false);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('errors')) {
      this.shown = this.errors.map((error) => ({
        message: error.message,
        href: safeHref(error.href ?? (error.field ? `#${error.field}` : '#'), this.ownerDocument),
        ...(error.field ? { field: error.field } : {}),
      }));
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.#setTitlePrefix(this.shown.length > 0);
    if (changed.has('errors') && this.errors.length > 0) this.#show();
  }

  /** The form whose errors this summarizes. */
  get form(): HTMLFormElement | null {
    if (this.for) {
      const root = this.getRootNode() as Document | ShadowRoot;
      const found = root.getElementById?.(this.for) ?? this.ownerDocument.getElementById(this.for);
      return found instanceof HTMLFormElement ? found : null;
    }
    return this.closest('form');
  }

  /** Moves focus to the summary, as after a failed submit. */
  override focus(options?: FocusOptions): void {
    this.box?.focus(options);
  }

  #show(): void {
    this.dispatchEvent(
      new CustomEvent<ErrorSummaryShowDetail>('plaza-error-summary-show', {
        bubbles: true,
        composed: true,
        detail: { count: this.shown.length },
      }),
    );
    // Focus after the render that shows the list, so the box exists and is read whole.
    void this.updateComplete.then(() => {
      this.box?.focus({ preventScroll: true });
      this.box?.scrollIntoView({ block: 'start', behavior: 'instant' });
    });
  }

  /** Adds or removes the localized "Error: " at the start of the page title. */
  #setTitlePrefix(on: boolean): void {
    const doc = this.ownerDocument;
    if (this.#titlePrefix && doc.title.startsWith(this.#titlePrefix)) {
      doc.title = doc.title.slice(this.#titlePrefix.length);
    }
    this.#titlePrefix = '';
    if (on && this.isConnected) {
      this.#titlePrefix = this.t('field.errorPrefix') + ERROR_PREFIX_SEPARATOR;
      if (!doc.title.startsWith(this.#titlePrefix)) doc.title = this.#titlePrefix + doc.title;
    }
  }

  #errorFor(control: InvalidControl): ShownError {
    if (!control.id) control.id = uniqueId('plaza-field');
    const message = (control as FocusableControl).validationMessage ?? '';
    return { message, href: `#${control.id}`, control };
  }

  #target(error: ShownError): FocusableControl | null {
    if (error.control) return error.control;
    const form = this.form;
    if (error.field && form) {
      const named = form.elements.namedItem(error.field);
      if (named instanceof HTMLElement) return named;
    }
    const id = decodeURIComponent(error.href.replace(/^#/u, ''));
    if (!id) return null;
    const root = this.getRootNode() as Document | ShadowRoot;
    return (root.getElementById?.(id) ?? this.ownerDocument.getElementById(id)) as HTMLElement;
  }

  #onFormInvalid = (event: Event): void => {
    const form = this.form;
    if (!form || event.target !== form) return;
    event.preventDefault();
    const { controls } = (event as CustomEvent<FormInvalidDetail>).detail;
    this.shown = controls.map((control) => this.#errorFor(control));
    this.#show();
  };

  /** After each edit, drops the errors that are fixed and refreshes the others' words. */
  #onEdit = (event: Event): void => {
    const form = this.form;
    if (!form || this.shown.length === 0) return;
    const target = event.target as FocusableControl & { form?: HTMLFormElement | null };
    if (target.form !== form && !form.contains(target)) return;
    // Let the control update its validity first.
    queueMicrotask(() => {
      this.shown = this.shown.flatMap((error) => {
        const control = error.control as FocusableControl | undefined;
        if (!control) return error.field === target.getAttribute?.('name') ? [] : [error];
        if (control.validity?.valid) return [];
        return [{ ...error, message: control.validationMessage ?? error.message }];
      });
    });
  };

  #onSubmit = (event: Event): void => {
    if (event.target === this.form) this.shown = [];
  };

  #onReset = (event: Event): void => {
    if (event.target === this.form) this.shown = [];
  };

  #onLinkClick = (event: MouseEvent, error: ShownError): void => {
    const target = this.#target(error);
    if (!target) return;
    event.preventDefault();
    if (typeof target.focusFirstInvalid === 'function') {
      target.focusFirstInvalid();
      return;
    }
    const label = target.labels?.[0] ?? target.closest('fieldset')?.querySelector('legend');
    focusWithContext(target, label instanceof Element ? label : null);
  };

  #renderTitle() {
    const title = this.t('errorSummary.title');
    switch (this.headingLevel) {
      case 3:
        return html`<h3 id="title" class="title" part="title">${title}</h3>`;
      case 4:
        return html`<h4 id="title" class="title" part="title">${title}</h4>`;
      default:
        return html`<h2 id="title" class="title" part="title">${title}</h2>`;
    }
  }

  override render() {
    if (this.shown.length === 0) return nothing;
    return html`<div
      class="summary"
      part="summary"
      role="region"
      tabindex="-1"
      aria-labelledby="title"
      aria-describedby="list"
    >
      ${this.#renderTitle()}
      <ul id="list" class="list" part="list">
        ${this.shown.map(
          (error) =>
            html`<li>
              ${
                error.href
                  ? html`<a
                      part="link"
                      href=${error.href}
                      @click=${(event: MouseEvent) => this.#onLinkClick(event, error)}
                      >${error.message}</a
                    >`
                  : error.message
              }
            </li>`,
        )}
      </ul>
    </div>`;
  }
}

declare global {
  interface HTMLElementEventMap {
    /** The summary showed errors and took focus. */
    'plaza-error-summary-show': CustomEvent<ErrorSummaryShowDetail>;
  }
}

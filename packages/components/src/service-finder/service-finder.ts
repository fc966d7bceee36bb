import { html, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { PlazaElement } from '@plaza/core';
import {
  ApiSource,
  EmbeddedSource,
  type Category,
  type Coordinates,
  type DirectoryPage,
  type DirectoryQuery,
  type DirectorySource,
  type JurisdictionLevel,
  type Language,
  type ResidentJurisdiction,
  type ServiceResult,
} from '@plaza/directory';
import type { CityRegistry } from '@plaza/jurisdictions';
import '../pagination/plaza-pagination.js';
import type { PageChangeDetail } from '../pagination/pagination.js';
import { messages } from './service-finder.messages.js';
import { renderFacts, type CategoryNames } from './service-result.js';
import { renderSearchForm } from './search-form.js';
import { qualifyLinkFor, type QualifyLinks } from './qualify-links.js';
import { zipCentroid } from './zip-origin.js';
import { serviceFinderStyles } from './service-finder.styles.js';

/** `plaza-service-open`: the service whose details the resident opened. */
export interface ServiceOpenDetail {
  id: string;
}

/** A value from a jurisdiction picker (or any control) that names at least a state. */
function asJurisdiction(value: unknown): ResidentJurisdiction | undefined {
  const candidate = value as Partial<ResidentJurisdiction> | null;
  return candidate && typeof candidate === 'object' && typeof candidate.state === 'string'
    ? { state: candidate.state, county: candidate.county, city: candidate.city }
    : undefined;
}

/**
 * @summary Search a directory of services (Open Referral HSDS) for what serves the place a
 * resident lives: state, county and city services together, filtered and paged.
 *
 * @slot place - Replaces the built-in `<plaza-jurisdiction-picker>` ("Where do you live?") with the
 * page's own control: the finder reads its `value` (`{ state, county, city? }`) on `change`.
 * @slot note - Text about the directory shown under the results (source, date, "example data").
 *
 * @csspart form - The search form (a `search` landmark).
 * @csspart results - The list of results.
 * @csspart result - Each result.
 * @csspart facts - The facts under each result's name.
 * @csspart detail - The detail view of one service.
 *
 * @cssprop [--plaza-service-finder-gap=var(--plaza-space-5)] - Space between the form's groups.
 *
 * @fires plaza-service-open - When the resident opens a service's details (`detail.id`).
 *
 * Accessibility: the form is a `search` landmark named by the finder's heading; filters are native
 * checkboxes in fieldsets with legends, so Tab and Space work. After each search the number of
 * results is announced politely (a `status` live region). Each result's name is a heading; its
 * "Details" button (named "Details for <service>") opens the detail view, whose heading takes
 * focus; "Back to results" returns focus to that button. Text from the directory is shown as text, never HTML, and only
 * http(s) links become links. With the embedded source nothing the resident types or chooses
 * leaves the browser; with `api`, only the words typed and one chosen category are sent.
 */
export class PlazaServiceFinder extends PlazaElement {
  static override styles = serviceFinderStyles;
  static override messages = messages;

  #searchId = 0;
  #resolvedSource: DirectorySource | undefined;
  /**
   * The form as last submitted; before any submit, the form as drawn. Its order must be the
   * checked "Order of results" radio: left unset, a ZIP centre (origin) would sort nearest first
   * while the form said the default order.
   */
  #lastQuery: DirectoryQuery = { sort: 'default' };
  #openedFrom: string | undefined;
  /** The centre of the resident's ZIP code, when the place came from one. */
  #zipOrigin: Coordinates | undefined;

  @query('form') private form!: HTMLFormElement;

  @state() private status: 'loading' | 'ready' | 'error' = 'loading';
  @state() private categoryList: Category[] = [];
  @state() private languageList: Language[] = [];
  @state() private page: DirectoryPage | undefined;
  @state() private detail: ServiceResult | undefined;
  @state() private ageInvalid = false;
  @state() private locationFailed = false;

  /** URL of a static HSDS JSON file (the embedded source: searched on the device). */
  @property() src = '';
  /** Base URL of an HSDS API (`<api>/services?...`), for directories too big to embed. */
  @property() api = '';
  /** The agency's IANA time zone, for "Open now" (hidden when not set). */
  @property({ attribute: 'time-zone' }) timeZone = '';
  /** Results per page. */
  @property({ type: Number, attribute: 'per-page' }) perPage = 10;
  /** Where the resident lives; set by the slotted picker, or by script. */
  @property({ attribute: false }) jurisdiction: ResidentJurisdiction | undefined;
  /**
   * Distances from here: a location the resident chose to share, or one set by script. Without
   * it, distances are from the centre of the ZIP code typed in the picker. Never sent anywhere.
   */
  @property({ attribute: false }) origin: Coordinates | undefined;
  /** The agency's cities, passed to the built-in jurisdiction picker so results can include city services. */
  @property({ attribute: false }) cities: CityRegistry | undefined;
  /**
   * "Check if you qualify" links: service id -> `{ href, label? }` (a Map or plain object), e.g.
   * from `qualifyLinksFromRuleSet(ruleSet, program => ({ href: ... }))`.
   */
  @property({ attribute: false }) qualifyLinks: QualifyLinks | undefined;
  /**
   * Category (taxonomy term) names by language, then term id, for languages the directory is not
   * written in: `{ es: { 'tax-food': 'Alimentos' } }`. A term without one keeps the directory's name.
   */
  @property({ attribute: false }) categoryNames: CategoryNames | undefined;
  /** A directory source set by script; overrides `src` and `api`. */
  @property({ attribute: false }) source: DirectorySource | undefined;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (
      changed.has('src') ||
      changed.has('api') ||
      changed.has('timeZone') ||
      changed.has('source')
    ) {
      void this.#connectSource();
    }
  }

  /** Runs the search again with the form as it is (after a script changes `jurisdiction`). */
  async search(pageNumber = 1): Promise<void> {
    const source = this.#source;
    if (!source) return;
    const id = ++this.#searchId;
    // "Searching…" between searches, so the live region announces the count even when it is the same.
    this.status = 'loading';
    const query: DirectoryQuery = {
      ...this.#lastQuery,
      jurisdiction: this.jurisdiction,
      origin: this.origin ?? this.#zipOrigin,
      page: pageNumber,
      perPage: this.perPage,
    };
    try {
      const page = await source.search(query);
      if (id !== this.#searchId) return;
      this.page = page;
      this.detail = undefined;
      this.status = 'ready';
    } catch {
      if (id === this.#searchId) this.status = 'error';
    }
  }

  get #source(): DirectorySource | undefined {
    return this.source ?? this.#resolvedSource;
  }

  async #connectSource(): Promise<void> {
    const timeZone = this.timeZone || 'UTC';
    const id = ++this.#searchId;
    this.status = 'loading';
    try {
      if (!this.source) {
        this.#resolvedSource = this.api
          ? new ApiSource({ baseUrl: new URL(this.api, document.baseURI), timeZone })
          : this.src
            ? await EmbeddedSource.fromUrl(new URL(this.src, document.baseURI), { timeZone })
            : undefined;
      }
      const source = this.#source;
      if (!source || id !== this.#searchId) return;
      const [categories, languages] = await Promise.all([source.categories(), source.languages()]);
      this.categoryList = categories;
      this.languageList = languages;
      await this.search();
    } catch {
      if (id === this.#searchId) this.status = 'error';
    }
  }

  #readForm(): DirectoryQuery | undefined {
    const data = new FormData(this.form);
    const ageText = String(data.get('age') ?? '').trim();
    const age = ageText === '' ? undefined : Number(ageText);
    this.ageInvalid = age !== undefined && !(/^\d{1,3}$/.test(ageText) && age <= 150);
    if (this.ageInvalid) return undefined;
    return {
      text: String(data.get('q') ?? '').trim() || undefined,
      categories: data.getAll('category').map(String),
      levels: data.getAll('level').map(String) as JurisdictionLevel[],
      languages: data.getAll('language').map(String),
      age,
      openNow: data.get('open') === 'yes',
      sort: data.get('sort') === 'nearest' ? 'nearest' : 'default',
    };
  }

  async #onSubmit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const query = this.#readForm();
    if (!query) {
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLInputElement>('#age')?.focus();
      return;
    }
    this.#lastQuery = query;
    if (new FormData(this.form).get('near') === 'yes' && !this.origin) {
      this.origin = await this.#askLocation();
    }
    await this.search();
  }

  #askLocation(): Promise<Coordinates | undefined> {
    return new Promise((resolve) => {
      navigator.geolocation.getCurrentPosition(
        ({ coords }) => {
          this.locationFailed = false;
          resolve({ latitude: coords.latitude, longitude: coords.longitude });
        },
        () => {
          this.locationFailed = true;
          resolve(undefined);
        },
        { maximumAge: 600_000, timeout: 20_000 },
      );
    });
  }

  /** The resident chose a place: search again for it (the words and filters stay). */
  async #onPlaceChange(event: Event): Promise<void> {
    const control = event.target as { value?: unknown; zip?: unknown; data?: unknown };
    const place = asJurisdiction(control.value);
    this.jurisdiction = place;
    // The results on screen are for the old place until the search below answers: say so at
    // once (and drop any search still running for it), not only after the centroid chunk loads.
    this.#searchId++;
    this.status = 'loading';
    this.#zipOrigin = await zipCentroid(control, place);
    if (this.jurisdiction === place) await this.search();
  }

  async #onPageChange(event: CustomEvent<PageChangeDetail>): Promise<void> {
    event.preventDefault();
    await this.search(event.detail.page);
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#status')?.focus();
  }

  async #open(result: ServiceResult): Promise<void> {
    this.#openedFrom = result.service.id;
    this.detail = result;
    this.dispatchEvent(
      new CustomEvent<ServiceOpenDetail>('plaza-service-open', {
        detail: { id: result.service.id },
        bubbles: true,
        composed: true,
      }),
    );
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#detail-heading')?.focus();
  }

  async #back(): Promise<void> {
    this.detail = undefined;
    await this.updateComplete;
    const buttons = this.renderRoot.querySelectorAll<HTMLButtonElement>('button.open');
    [...buttons].find((button) => button.dataset.id === this.#openedFrom)?.focus();
  }

  #renderForm() {
    return renderSearchForm({
      t: this.t.bind(this),
      lang: this.localize.lang,
      cities: this.cities,
      categories: this.categoryList,
      categoryNames: this.categoryNames,
      languages: this.languageList,
      ageInvalid: this.ageInvalid,
      offerOpenNow: Boolean(this.timeZone),
      locationFailed: this.locationFailed,
      onSubmit: (event) => this.#onSubmit(event),
      onPlaceChange: (event) => this.#onPlaceChange(event),
    });
  }

  #statusText(): string {
    if (this.status === 'loading') return this.t('finder.loading');
    if (this.status === 'error') return this.t('finder.loadError');
    return this.page ? this.t('finder.count', { count: this.page.total }) : '';
  }

  #renderResults() {
    const page = this.page;
    // Earlier results stay while a new search runs, so focus and scroll position are not lost.
    if (!page || this.status === 'error') return nothing;
    if (page.total === 0) {
      return html`<div class="none">
        <p>${this.t('finder.noResults')}</p>
        <p>${this.t('finder.noResultsHelp')}</p>
        <ul>
          <li>${this.t('finder.widenArea')}</li>
          <li>${this.t('finder.removeFilter')}</li>
          <li>${this.t('finder.fewerWords')}</li>
        </ul>
      </div>`;
    }
    const lang = this.localize.lang;
    const t = this.t.bind(this);
    const from = (page.page - 1) * page.perPage + 1;
    return html`${
        page.totalPages > 1
          ? html`<p class="hint page-range">
              ${this.t('finder.countPage', { from, to: from + page.items.length - 1, total: page.total })}
            </p>`
          : nothing
      }
      <ol part="results" class="results">
        ${page.items.map(
          (result) =>
            html`<li part="result">
              <h3>${result.service.name}</h3>
              ${renderFacts(result, t, lang, qualifyLinkFor(this.qualifyLinks, result.service.id))}
              <button
                type="button"
                class="open"
                data-id=${result.service.id}
                aria-label=${this.t('finder.detailsFor', { name: result.service.name })}
                @click=${() => this.#open(result)}
              >
                ${this.t('finder.details')}
              </button>
            </li>`,
        )}
      </ol>
      ${
        page.totalPages > 1
          ? html`<plaza-pagination
              current=${page.page}
              total=${page.totalPages}
              @plaza-page-change=${this.#onPageChange}
            ></plaza-pagination>`
          : nothing
      }`;
  }

  #renderDetail(result: ServiceResult) {
    const { service } = result;
    return html`<section part="detail" class="detail" aria-labelledby="detail-heading">
      <button type="button" class="back" @click=${this.#back}>${this.t('finder.back')}</button>
      <h3 id="detail-heading" tabindex="-1">${service.name}</h3>
      ${service.alternateName ? html`<p>${service.alternateName}</p>` : nothing}
      ${renderFacts(
        result,
        this.t.bind(this),
        this.localize.lang,
        qualifyLinkFor(this.qualifyLinks, service.id),
      )}
      ${
        service.description
          ? html`<h4>${this.t('finder.description')}</h4>
              <p class="description">${service.description}</p>`
          : nothing
      }
    </section>`;
  }

  override render() {
    return html`<h2 id="title">${this.t('finder.title')}</h2>
      ${this.#renderForm()}
      <p id="status" class="status" role="status" tabindex="-1">${this.#statusText()}</p>
      ${this.detail ? this.#renderDetail(this.detail) : this.#renderResults()}
      <slot name="note"></slot>`;
  }
}

declare global {
  interface HTMLElementEventMap {
    /** The resident opened a service's details. */
    'plaza-service-open': CustomEvent<ServiceOpenDetail>;
  }
}

import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  announce,
  describedBy,
  firstIssue,
  PlazaFormControl,
  PlazaQuestion,
  redispatchChange,
  renderError,
  renderHint,
  renderLegend,
  submitImplicitly,
  type FormValue,
  type ValidationIssue,
} from '@plaza/core';
import {
  STATES,
  getState,
  getStateByFips,
  jurisdictions,
  parseZip,
  toJurisdiction,
  type CityRegistry,
  type County,
  type Jurisdiction,
  type JurisdictionData,
  type ZipLookup,
} from '@plaza/jurisdictions';
import { jurisdictionPickerStyles } from './jurisdiction-picker.styles.js';
import { messages } from './jurisdiction-picker.messages.js';
import { countyLabel, resultText, type ZipState } from './jurisdiction-words.js';

/** `zip`: the ZIP code first (the default); `county`: the state and county lists. */
type Path = 'zip' | 'county';

const issue = (flag: ValidationIssue['flag'], key: string): ValidationIssue => ({ flag, key });

/** What the browser keeps for back/forward: the raw answers, never a lookup result. */
interface SavedState {
  path: Path;
  zip: string;
  county: string;
  state: string;
}

/**
 * @summary "Where do you live?": a ZIP code first, then the county when the ZIP code reaches more
 * than one (every county, largest share first, none hidden), or the state and county chosen
 * from lists. Its value is the jurisdiction `{ state, county, city? }` the eligibility engine and
 * the service finder read.
 *
 * @slot hint - Rich hint content; replaces the `hint` attribute.
 *
 * @csspart fieldset - The fieldset around the whole question.
 * @csspart legend - The legend holding the question.
 * @csspart hint - The hint text.
 * @csspart error-message - The error message.
 * @csspart zip-input - The ZIP code input.
 * @csspart result - The sentence saying where the ZIP code is.
 * @csspart counties - The fieldset of county radios.
 * @csspart option - One county option.
 * @csspart state-select - The state list.
 * @csspart county-select - The county list.
 * @csspart switch - The button that switches between the ZIP code and the lists.
 * @csspart source - The data source credit.
 *
 * @cssprop [--plaza-jurisdiction-picker-border-color=var(--plaza-color-border)] - Border of the ZIP code input.
 *
 * @fires input - When the user types or chooses anything (native, composed).
 * @fires change - When the jurisdiction changes because of what the user did.
 * @fires invalid - When validation fails on submit or `reportValidity()`.
 *
 * Accessibility: one fieldset named by the question. The ZIP code field is labelled "ZIP code",
 * with `inputmode="numeric"` and `autocomplete="postal-code"`. Where the ZIP code is is announced
 * politely and also shown as text; several counties are native radios in a fieldset named "Which
 * county do you live in?" and described by that sentence. The state and county lists are native
 * selects. Only the wrong part gets `aria-invalid`, and focus from the error summary goes to it.
 */
export class PlazaJurisdictionPicker extends PlazaQuestion(PlazaFormControl) {
  static override styles = jurisdictionPickerStyles;
  static override messages = messages;

  #lookupRun = 0;
  @state() private path: Path = 'zip';
  @state() private zipText = '';
  @state() private zipState: ZipState = { kind: 'none' };
  /** The county FIPS the resident chose (or the only county of their ZIP code). */
  @state() private countyChoice = '';
  @state() private stateChoice = '';
  @state() private stateCounties: readonly County[] = [];

  /** The county FIPS code the picker starts with (and returns to on reset), such as `13121`. */
  @property({ attribute: 'value' }) defaultValue = '';
  /** The ZIP code and county data; defaults to the data shipped with @plaza/jurisdictions. */
  @property({ attribute: false }) data: JurisdictionData = jurisdictions;
  /** The agency's cities: the value gains `city` when exactly one city matches. */
  @property({ attribute: false }) cities: CityRegistry | undefined;

  /** The jurisdiction chosen, or null until there is one. */
  get value(): Jurisdiction | null {
    const county = this.#countyFips();
    if (!county) return null;
    const known = this.data.getCounty(county);
    const zip = this.path === 'zip' ? this.#lookup()?.zip : undefined;
    if (known) return this.cities ? this.cities.resolve(known, zip) : toJurisdiction(known);
    return { state: getStateByFips(county.slice(0, 2))!.code, county };
  }

  /** Sets the jurisdiction from a script: shows it in the state and county lists. */
  set value(value: Jurisdiction | null) {
    this.#showLists(value?.county ?? '');
  }

  /** The ZIP code text exactly as the resident typed it. */
  get zip(): string {
    return this.zipText;
  }

  /** Fills the ZIP code from a script (one the resident gave earlier) and looks it up. */
  set zip(text: string) {
    this.path = 'zip';
    this.#setZip(String(text ?? ''));
  }

  override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('defaultValue') && !this.zipText && !this.stateChoice) this.resetValue();
  }

  protected override get validationValue(): string {
    return this.#countyFips();
  }

  protected override get validationAnchor(): HTMLElement | null {
    const root = this.renderRoot;
    if (!root) return null;
    const key = this.syncIssue()?.key ?? '';
    if (key.startsWith('jurisdictionPicker.zip')) return root.querySelector('#zip');
    return root.querySelector(
      key === 'jurisdictionPicker.countyMissing' ? '.counties input, #county' : '#state, #zip',
    );
  }

  protected override formValue(): { value: FormValue; state: FormValue } {
    const saved: SavedState = {
      path: this.path,
      zip: this.zipText,
      county: this.countyChoice,
      state: this.stateChoice,
    };
    const value = this.value;
    if (!value || !this.name) return { value: null, state: JSON.stringify(saved) };
    const data = new FormData();
    data.append(this.name, value.county);
    data.append(`${this.name}-state`, value.state);
    if (value.city) data.append(`${this.name}-city`, value.city);
    return { value: data, state: JSON.stringify(saved) };
  }

  protected override resetValue(): void {
    this.zipText = '';
    this.zipState = { kind: 'none' };
    this.#lookupRun++;
    if (/^\d{5}$/.test(this.defaultValue)) this.#showLists(this.defaultValue);
    else {
      this.path = 'zip';
      this.countyChoice = this.stateChoice = '';
    }
  }

  protected override restoreValue(saved: FormValue): void {
    if (typeof saved !== 'string') return;
    try {
      const { path, zip, county, state } = JSON.parse(saved) as Partial<SavedState>;
      if (path === 'county') this.#showLists(String(county ?? ''));
      else {
        this.path = 'zip';
        this.#setZip(String(zip ?? ''), String(county ?? ''));
      }
      if (state && path === 'county' && !county) this.#chooseState(String(state));
    } catch {
      // Not saved by this control: nothing to restore.
    }
  }

  protected override syncIssue(): ValidationIssue | null {
    const problem = this.path === 'zip' ? this.#zipProblem() : this.#listProblem();
    return problem ?? (this.value ? firstIssue(this.#countyFips(), this.validators) : null);
  }

  #zipProblem(): ValidationIssue | null {
    if (this.zipText.trim() === '') {
      return this.required ? issue('valueMissing', 'jurisdictionPicker.zipMissing') : null;
    }
    if (this.zipState.kind === 'none') return issue('badInput', 'jurisdictionPicker.zipFormat');
    if (this.#usesLists()) return this.#listProblem();
    return this.countyChoice ? null : issue('valueMissing', 'jurisdictionPicker.countyMissing');
  }

  #listProblem(): ValidationIssue | null {
    if (!this.stateChoice) {
      return this.required ? issue('valueMissing', 'jurisdictionPicker.stateMissing') : null;
    }
    return this.countyChoice ? null : issue('valueMissing', 'jurisdictionPicker.countyMissing');
  }

  /** The lists answer the question: chosen, or shown because the ZIP code had no answer. */
  #usesLists(): boolean {
    return (
      this.path === 'county' || this.zipState.kind === 'failed' || this.#lookup()?.found === false
    );
  }

  #lookup(): ZipLookup | undefined {
    return this.zipState.kind === 'done' ? this.zipState.lookup : undefined;
  }

  /** The chosen county's FIPS, when it belongs to what is shown now. */
  #countyFips(): string {
    const choice = this.countyChoice;
    if (!choice) return '';
    if (this.#usesLists()) {
      return choice.startsWith(getState(this.stateChoice)?.fips ?? '--') ? choice : '';
    }
    const lookup = this.#lookup();
    if (!lookup?.found) return choice; // restored, its lookup still loading
    return lookup.counties.some((county) => county.fips === choice) ? choice : '';
  }

  /** Shows the state and county lists with `county` (a FIPS code, or '') chosen. */
  #showLists(county: string): void {
    this.path = 'county';
    const state = /^\d{5}$/.test(county) ? getStateByFips(county.slice(0, 2)) : undefined;
    this.countyChoice = state ? county : '';
    this.#chooseState(state?.code ?? '');
  }

  #chooseState(code: string): void {
    this.stateChoice = code;
    this.stateCounties = [];
    if (!code) return;
    void this.data.loadCounties(code).then(
      (counties) => {
        if (this.stateChoice === code) this.stateCounties = counties;
      },
      () => {
        if (this.stateChoice === code) this.zipState = { kind: 'failed', zip: '' };
      },
    );
  }

  /** Takes new ZIP code text and looks it up once it is a ZIP code. */
  #setZip(text: string, keepCounty = ''): void {
    this.zipText = text;
    this.countyChoice = keepCounty;
    const run = ++this.#lookupRun;
    let zip: string;
    try {
      zip = parseZip(text);
    } catch {
      this.zipState = { kind: 'none' };
      return;
    }
    this.zipState = { kind: 'loading', zip };
    this.data.findZip(zip).then(
      (lookup) => {
        if (run !== this.#lookupRun) return;
        this.zipState = { kind: 'done', lookup };
        if (lookup.found && lookup.counties.length === 1)
          this.countyChoice = lookup.counties[0]!.fips;
        if (!lookup.found) this.#chooseState('');
        void announce(resultText(this.zipState, this.t.bind(this), this.localize.lang), {
          doc: this.ownerDocument,
        });
        this.#userChanged();
      },
      () => {
        if (run !== this.#lookupRun) return;
        this.zipState = { kind: 'failed', zip };
        void announce(resultText(this.zipState, this.t.bind(this), this.localize.lang), {
          doc: this.ownerDocument,
        });
      },
    );
  }

  /** After a user action changed the answer: push it to the form and tell the page. */
  #userChanged(): void {
    this.handleUserEdit();
    this.syncFormState();
    redispatchChange(this);
  }

  #onZipInput = (event: Event): void => {
    this.#setZip((event.target as HTMLInputElement).value);
    this.handleUserEdit();
    this.syncFormState();
  };

  /** Enter in the ZIP code field submits the form, as in any single-line field. */
  #onZipKeydown = (event: KeyboardEvent) => submitImplicitly(event, this.form);

  #onCountyRadio = (event: Event): void => {
    this.countyChoice = (event.target as HTMLInputElement).value;
    this.#userChanged();
  };

  #onStateSelect = (event: Event): void => {
    this.countyChoice = '';
    this.#chooseState((event.target as HTMLSelectElement).value);
    this.#userChanged();
  };

  #onCountySelect = (event: Event): void => {
    this.countyChoice = (event.target as HTMLSelectElement).value;
    this.#userChanged();
  };

  #onSwitch = (): void => {
    if (this.path === 'zip') this.#showLists('');
    else {
      this.path = 'zip';
      this.#setZip(this.zipText);
    }
    this.#userChanged();
  };

  #renderCounties(lookup: ZipLookup & { found: true }, invalid: boolean) {
    if (lookup.counties.length < 2) return nothing;
    // prettier-ignore
    return html`<fieldset class="fieldset counties" part="counties" aria-describedby="result"><legend class="legend">${this.t('jurisdictionPicker.whichCounty')}</legend><div class="options">${lookup.counties.map((county, i) => html`<div class="option" part="option"><input id="county-${i}" class="input" type="radio" name="county" .value=${county.fips} .checked=${this.countyChoice === county.fips} ?disabled=${this.isDisabled} aria-invalid=${invalid ? 'true' : nothing} @change=${this.#onCountyRadio}><label class="option-label" for="county-${i}">${countyLabel(county, lookup.counties)}</label></div>`)}</div></fieldset>`;
  }

  #renderLists(wrongKey: string) {
    const countyWrong = wrongKey === 'jurisdictionPicker.countyMissing';
    // prettier-ignore
    return html`<div class="lists">
      <div class="list"><label class="label" for="state">${this.t('jurisdictionPicker.state')}</label><select id="state" part="state-select" ?disabled=${this.isDisabled} aria-invalid=${wrongKey === 'jurisdictionPicker.stateMissing' ? 'true' : nothing} aria-required=${this.required ? 'true' : nothing} autocomplete="address-level1" @change=${this.#onStateSelect}><option value="">${this.t('jurisdictionPicker.chooseState')}</option>${STATES.map((s) => html`<option value=${s.code} ?selected=${s.code === this.stateChoice}>${s.name}</option>`)}</select></div>
      ${this.stateChoice ? html`<div class="list"><label class="label" for="county">${this.t('jurisdictionPicker.county')}</label><select id="county" part="county-select" ?disabled=${this.isDisabled} aria-invalid=${countyWrong ? 'true' : nothing} aria-required=${this.required ? 'true' : nothing} @change=${this.#onCountySelect}><option value="">${this.t('jurisdictionPicker.chooseCounty')}</option>${this.stateCounties.map((c) => html`<option value=${c.fips} ?selected=${c.fips === this.countyChoice}>${c.fullName}</option>`)}</select></div>` : nothing}
    </div>`;
  }

  #renderZip(wrongKey: string) {
    const lookup = this.#lookup();
    const result = resultText(this.zipState, this.t.bind(this), this.localize.lang);
    const zipWrong = wrongKey.startsWith('jurisdictionPicker.zip');
    // prettier-ignore
    return html`<div class="zip"><label class="label" for="zip">${this.t('jurisdictionPicker.zipLabel')}</label><input id="zip" part="zip-input" type="text" inputmode="numeric" autocomplete="postal-code" spellcheck="false" .value=${this.zipText} ?disabled=${this.isDisabled} ?readonly=${this.readonly} aria-invalid=${zipWrong ? 'true' : nothing} aria-required=${this.required ? 'true' : nothing} @input=${this.#onZipInput} @keydown=${this.#onZipKeydown}></div>
      ${result ? html`<p id="result" class="result" part="result">${result}</p>` : nothing}
      ${lookup?.found ? this.#renderCounties(lookup, wrongKey === 'jurisdictionPicker.countyMissing') : nothing}
      ${this.#usesLists() ? this.#renderLists(wrongKey) : nothing}`;
  }

  /** The data's credit (its source asks for one), linked only to an http(s) address. */
  #renderSource() {
    const { attribution, url } = this.data.info;
    const text = this.t('jurisdictionPicker.source', { attribution });
    const safe = /^https?:\/\//i.test(url);
    return html`<p class="source" part="source">
      ${safe ? html`<a href=${url}>${text}</a>` : text}
    </p>`;
  }

  override render() {
    const issue = this.visibleIssue;
    const message = issue ? this.messageFor(issue) : null;
    const wrongKey = issue?.key ?? '';
    const switchKey = this.path === 'zip' ? 'useCounty' : 'useZip';
    // prettier-ignore
    return html`<fieldset class="field fieldset ${issue ? 'has-error' : ''}" part="fieldset" aria-describedby=${describedBy(this.hasHint, Boolean(message))}>
      ${renderLegend(this.label, this.markerText, 'legend', this.pageHeading)}
      ${renderHint(this.hint, this.slots.has('hint'))} ${renderError(message, this.t('field.errorPrefix'))}
      ${this.path === 'zip' ? this.#renderZip(wrongKey) : this.#renderLists(wrongKey)}
      <button type="button" class="switch" part="switch" ?disabled=${this.isDisabled} @click=${this.#onSwitch}>${this.t(`jurisdictionPicker.${switchKey}`)}</button>
      ${this.#renderSource()}
    </fieldset>`;
  }
}

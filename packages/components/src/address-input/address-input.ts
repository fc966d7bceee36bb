import { html, nothing, type PropertyValues, type PropertyDeclarations } from 'lit';
import type { CountyShare, ZipLookup } from '@plaza/jurisdictions';
import {
  PlazaPartsControl,
  missing,
  type PartSpec,
  type PartValues,
  type PartsProblem,
} from '../parts/parts-control.js';
import { addressInputStyles } from './address-input.styles.js';
import { messages } from './address-input.messages.js';
import { lineProblem, readZip, stateOptionList } from './address-rules.js';

/** The address as typed, by part (`county`: a 5-digit FIPS code, when a lookup found one). */
export interface AddressValue {
  line1: string;
  line2: string;
  city: string;
  state: string;
  zip: string;
  urbanization: string;
  county: string;
}

/**
 * Finds the counties of a ZIP code: `(zip) => jurisdictions.findZip(zip)` with
 * `@plaza/jurisdictions`, or an agency's own service. It may reject; no county is then offered.
 */
export type CountyLookup = (zip: string) => Promise<ZipLookup>;

type PartId = keyof AddressValue;

const AUTOCOMPLETE: Partial<Record<PartId, string>> = {
  line1: 'address-line1',
  line2: 'address-line2',
  city: 'address-level2',
  state: 'address-level1',
  zip: 'postal-code',
};

/** Free-text parts checked for characters and length, in the order a problem is reported. */
const LINES: PartId[] = ['line1', 'line2', 'urbanization', 'city'];
const REQUIRED: PartId[] = ['line1', 'city', 'state', 'zip'];

/**
 * @summary A US postal address: two street lines, city, "State, territory or military post"
 * (every USPS code, AA/AE/AP included), ZIP code or ZIP+4, and the Puerto Rico urbanization
 * when PR is chosen. Optionally the county, found from the ZIP code, and a "same as" box.
 *
 * @slot hint - Rich hint content; replaces the `hint` attribute.
 *
 * @csspart fieldset - The fieldset around the parts; its legend is the question.
 * @csspart legend - The question.
 * @csspart hint - The hint text.
 * @csspart error-message - The error message.
 * @csspart parts - The wrapper of the parts.
 * @csspart item - Each part with its label.
 * @csspart part-label - Each part's label.
 * @csspart input - Each text input (also `line1-input`, `line2-input`, `city-input`,
 * `urbanization-input`, `zip-input`).
 * @csspart select - The state and county selects (also `state-select`, `county-select`).
 * @csspart same-as - The "Same as my home address" box and its label, with `same-as`.
 *
 * @cssprop [--plaza-parts-border-color=var(--plaza-color-border)] - Border of inputs and selects.
 *
 * @fires input - When the user types or chooses (native, composed).
 * @fires change - When the user commits a change.
 * @fires invalid - When validation fails on submit or `reportValidity()`.
 *
 * Accessibility: a fieldset whose legend is the question; each part has its own label, and only
 * the wrong part is marked invalid and takes focus (from a failed submit or the error summary).
 * `autocomplete` tokens (`address-line1`, `address-line2`, `address-level2`, `address-level1`,
 * `postal-code`), prefixed `section-physical` or `section-mailing` with `kind`, identify the
 * purpose of each part (WCAG 1.3.5) when it is the resident's own address; `for="other"` drops
 * them. The urbanization part appears right after the state select when Puerto Rico is chosen,
 * so it comes next in the reading and tab order.
 */
export class PlazaAddressInput extends PlazaPartsControl {
  static override properties: PropertyDeclarations = {
    counties: { state: true },
    same: { state: true },
    kind: {},
    addressFor: { attribute: 'for' },
    sameAs: { attribute: 'same-as' },
    sameAsLabel: { attribute: 'same-as-label' },
    countyLookup: { attribute: false },
    defaultValue: { attribute: false },
  };
  static override styles = addressInputStyles;
  static override messages = messages;

  #lookedUp = '';
  private counties: readonly CountyShare[] = [];
  private same = false;

  /** `physical` (where the resident lives) or `mailing`: separate autofill sections. */
  kind: '' | 'physical' | 'mailing' = '';
  /** `self` (the resident's own address, with autocomplete) or `other` (someone else's). */
  addressFor: 'self' | 'other' = 'self';
  /**
   * The id of another `<plaza-address-input>` on the page: a "Same as my home address" box
   * that, ticked, hides the parts and submits that address's parts under this name.
   */
  sameAs = '';
  /** The words of the "same as" box (default "Same as my home address"). */
  sameAsLabel = '';
  /** Finds the county of the ZIP code; without it, no county is asked. */
  countyLookup: CountyLookup | undefined;
  /** The initial parts, restored by `form.reset()`. */
  defaultValue: Partial<AddressValue> = {};

  /** The address as the form submits it: trimmed parts, the ZIP code as `20500-0003`. */
  get value(): AddressValue {
    const source = this.#source();
    const parts = source.partValues;
    const text = (id: PartId) => (parts[id] ?? '').trim();
    return {
      line1: text('line1'),
      line2: text('line2'),
      city: text('city'),
      state: text('state'),
      zip: readZip(text('zip')) ?? text('zip'),
      urbanization: text('state') === 'PR' ? text('urbanization') : '',
      county: source.countyLookup ? text('county') : '',
    };
  }

  set value(value: Partial<AddressValue>) {
    this.partValues = value && typeof value === 'object' ? { ...value } : {};
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.ownerDocument.addEventListener('input', this.#onAnyInput);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.ownerDocument.removeEventListener('input', this.#onAnyInput);
  }

  override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.#lookUpCounty();
  }

  protected override get partSpecs(): PartSpec[] {
    if (this.same) return [];
    const own = this.addressFor !== 'other';
    const section = this.kind ? `section-${this.kind} ` : '';
    const spec = (id: PartId, extra: Partial<PartSpec> = {}): PartSpec => ({
      id,
      label: this.t(`address.${id}`),
      autocomplete: own && AUTOCOMPLETE[id] ? section + AUTOCOMPLETE[id] : undefined,
      required: this.required && REQUIRED.includes(id),
      ...extra,
    });
    const choose = { value: '', label: this.t('address.choose') };
    const states = stateOptionList().map(({ code, name }) => ({
      value: code,
      label: name || this.t(`address.${code}`),
    }));
    const specs = [spec('line1'), spec('line2'), spec('city')];
    specs.push(spec('state', { options: [choose, ...states] }));
    if (this.partValues.state === 'PR') specs.push(spec('urbanization'));
    specs.push(spec('zip', { inputmode: 'numeric' }));
    if (this.counties.length) {
      const options = this.counties.map(({ fips, fullName }) => ({ value: fips, label: fullName }));
      specs.push(spec('county', { options, required: this.required }));
    }
    return specs;
  }

  protected override get partIds(): string[] {
    return ['line1', 'line2', 'city', 'state', 'urbanization', 'zip', 'county'];
  }

  protected override initialParts(): PartValues {
    const initial: PartValues = {};
    for (const [id, text] of Object.entries(this.defaultValue ?? {})) initial[id] = String(text);
    return initial;
  }

  protected override checkParts(parts: PartValues): PartsProblem | null {
    if (this.same) return null;
    const shown = new Set(this.partSpecs.map(({ id }) => id));
    const filled = (id: PartId) => (parts[id] ?? '').trim() !== '';
    if (this.required || [...shown].some((id) => id !== 'county' && filled(id as PartId))) {
      const empty = REQUIRED.find((id) => !filled(id));
      if (empty) return missing(empty, `address.missing.${empty}`);
    }
    for (const id of LINES) {
      const key = shown.has(id) ? lineProblem(parts[id] ?? '') : null;
      if (key) {
        const part = this.t(`address.${id}`).replace(/ \(.*\)$/u, '');
        return { issue: { flag: 'patternMismatch', key, args: { part } }, parts: [id] };
      }
    }
    if (filled('zip') && !readZip(parts.zip)) {
      return { issue: { flag: 'patternMismatch', key: 'address.zipFormat' }, parts: ['zip'] };
    }
    return null;
  }

  /** `${name}.line1`, `.line2`, `.city`, `.state`, `.zip`, `.urbanization` (and `.county`). */
  protected override formEntries(): [string, string][] {
    const value = this.value;
    return Object.entries(value)
      .filter(([id]) => id !== 'county' || this.#source().countyLookup)
      .map(([id, text]) => [`.${id}`, text]);
  }

  protected override renderLead() {
    if (!this.sameAs) return nothing;
    // prettier-ignore
    return html`<div class="same" part="same-as"><input id="same" type="checkbox" .checked=${this.same} ?disabled=${this.isDisabled || this.readonly} @change=${this.#onSame}><label for="same">${this.sameAsLabel || this.t('address.sameAs')}</label></div>`;
  }

  /** The address this one copies while "same as" is ticked, else this one. */
  #source(): PlazaAddressInput {
    if (!this.same) return this;
    const root = this.getRootNode() as Document | ShadowRoot;
    const other = root.getElementById?.(this.sameAs);
    return other instanceof PlazaAddressInput && other !== this ? other : this;
  }

  /** Asks for the county once per 5-digit ZIP code; a later answer replaces an earlier one. */
  #lookUpCounty(): void {
    const zip = (readZip(this.partValues.zip ?? '') ?? '').slice(0, 5);
    if (!this.countyLookup || zip === this.#lookedUp) return;
    this.#lookedUp = zip;
    if (!zip) {
      this.#showCounties(zip, []);
      return;
    }
    this.countyLookup(zip).then(
      (found) => this.#showCounties(zip, found.found ? found.counties : []),
      () => this.#showCounties(zip, []),
    );
  }

  #showCounties(zip: string, counties: readonly CountyShare[]): void {
    if (zip !== this.#lookedUp) return;
    this.counties = counties;
    const chosen = this.partValues.county;
    if (!counties.some(({ fips }) => fips === chosen)) {
      this.partValues = { ...this.partValues, county: counties[0]?.fips ?? '' };
    }
  }

  /** The copied address changed: this one submits its new parts. */
  #onAnyInput = (event: Event): void => {
    if (this.same && event.target === this.#source() && event.target !== this) {
      this.requestUpdate();
    }
  };

  #onSame = (event: Event): void => {
    this.same = (event.target as HTMLInputElement).checked;
    this.handleUserEdit();
    this.dispatchEvent(new Event('change', { bubbles: true }));
  };
}

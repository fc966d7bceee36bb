/**
 * The service finder's search form: words, place, category / level / language filters, age,
 * "open now", and the order of results (nearest first, from the ZIP code's centre or the
 * resident's shared location). A plain template of native controls (so Tab, Space and Enter work
 * as in any form); the finder owns the state and passes it in.
 */
import { html, nothing } from 'lit';
import type { Category, JurisdictionLevel, Language } from '@plaza/directory';
import type { CityRegistry } from '@plaza/jurisdictions';
import '../jurisdiction-picker/plaza-jurisdiction-picker.js';
import { categoryName, languageName, type CategoryNames } from './service-result.js';

const LEVELS: JurisdictionLevel[] = ['state', 'county', 'city'];

export interface SearchFormOptions {
  t: (key: string, args?: Record<string, string | number>) => string;
  lang: string;
  cities: CityRegistry | undefined;
  categories: Category[];
  categoryNames: CategoryNames | undefined;
  languages: Language[];
  ageInvalid: boolean;
  /** Only when the agency set a time zone can "open now" be worked out. */
  offerOpenNow: boolean;
  locationFailed: boolean;
  onSubmit: (event: SubmitEvent) => void;
  onPlaceChange: (event: Event) => void;
}

function checkboxes(name: string, legend: string, options: { value: string; label: string }[]) {
  if (options.length === 0) return nothing;
  return html`<fieldset>
    <legend>${legend}</legend>
    ${options.map(
      (option) =>
        html`<label class="check"
          ><input type="checkbox" name=${name} value=${option.value} />${option.label}</label
        >`,
    )}
  </fieldset>`;
}

export function renderSearchForm(options: SearchFormOptions) {
  const { t, lang } = options;
  return html`<form part="form" role="search" aria-labelledby="title" @submit=${options.onSubmit}>
    <div class="field">
      <label for="q">${t('finder.searchLabel')}</label>
      <p class="hint" id="q-hint">${t('finder.searchHint')}</p>
      <input id="q" name="q" type="search" maxlength="200" aria-describedby="q-hint" />
    </div>
    <div class="place" @change=${options.onPlaceChange}>
      <slot name="place"
        ><plaza-jurisdiction-picker
          name="place"
          label=${t('finder.placeLegend')}
          .cities=${options.cities}
        ></plaza-jurisdiction-picker
      ></slot>
    </div>
    ${checkboxes(
      'category',
      t('finder.categoryLegend'),
      options.categories.map((category) => ({
        value: category.id,
        label: categoryName(options.categoryNames, lang, category),
      })),
    )}
    ${checkboxes(
      'level',
      t('finder.levelLegend'),
      LEVELS.map((level) => ({ value: level, label: t(`finder.level.${level}`) })),
    )}
    ${checkboxes(
      'language',
      t('finder.languageLegend'),
      options.languages.map((language) => ({
        value: language.code,
        label: languageName(language, lang),
      })),
    )}
    <div class="field">
      <label for="age">${t('finder.ageLabel')}</label>
      <p class="hint" id="age-hint">${t('finder.ageHint')}</p>
      ${options.ageInvalid ? html`<p class="error" id="age-error">${t('finder.ageError')}</p>` : nothing}
      <input
        id="age"
        name="age"
        class="age"
        inputmode="numeric"
        autocomplete="off"
        aria-invalid=${options.ageInvalid ? 'true' : 'false'}
        aria-describedby=${options.ageInvalid ? 'age-hint age-error' : 'age-hint'}
      />
    </div>
    ${
      options.offerOpenNow
        ? html`<label class="check"
            ><input type="checkbox" name="open" value="yes" />${t('finder.openNow')}</label
          >`
        : nothing
    }
    <fieldset aria-describedby="distance-hint">
      <legend>${t('finder.sortLegend')}</legend>
      <p class="hint" id="distance-hint">${t('finder.distanceHint')}</p>
      <label class="check"
        ><input type="radio" name="sort" value="default" checked />${t('finder.sortDefault')}</label
      >
      <label class="check"
        ><input type="radio" name="sort" value="nearest" />${t('finder.sortNearest')}</label
      >
      <label class="check"
        ><input type="checkbox" name="near" value="yes" aria-describedby="near-hint" />${t(
          'finder.useLocation',
        )}</label
      >
      <p class="hint" id="near-hint">${t('finder.useLocationHint')}</p>
      ${options.locationFailed ? html`<p class="hint">${t('finder.locationError')}</p>` : nothing}
    </fieldset>
    <button type="submit">${t('finder.submit')}</button>
  </form>`;
}

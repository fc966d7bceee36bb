import { html, nothing, type TemplateResult } from 'lit';
import type { Category, DirectoryService, Language, ServiceResult } from '@plaza/directory';
import { runningArea } from '@plaza/directory';
import { safeNavigationUrl } from '@plaza/core';
import type { QualifyLink } from './qualify-links.js';
import { usLocale } from '../money-input/money.js';

type Translate = (key: string, args?: Record<string, string | number>) => string;

/** Links from directory data render only for http(s); anything else stays plain text or is dropped. */
export function safeHref(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const { protocol } = new URL(url);
    return protocol === 'https:' || protocol === 'http:' ? url : undefined;
  } catch {
    return undefined;
  }
}

/** Digits (and a leading +) for a `tel:` link; undefined when the number has too few digits. */
export function telHref(number: string): string | undefined {
  const digits = number.replace(/[^\d+]/g, '');
  return digits.replace(/\D/g, '').length >= 7 ? `tel:${digits}` : undefined;
}

/**
 * A language's name in the page's language ("Spanish", "español"), falling back to the name the
 * directory gives, then the code, for a code or language Intl does not know.
 */
export function languageName(language: Language, lang: string): string {
  try {
    return new Intl.DisplayNames([lang], { type: 'language' }).of(language.code) ?? language.code;
  } catch {
    return language.name ?? language.code;
  }
}

/** Category names by language (`es`, `es-US`…), then taxonomy term id. */
export type CategoryNames = Readonly<Record<string, Readonly<Record<string, string>>>>;

/** Own keys only, so `__proto__` or `constructor` in the data or the page's names mean nothing. */
const own = <T>(record: Readonly<Record<string, T>> | undefined, key: string): T | undefined =>
  record && Object.hasOwn(record, key) ? record[key] : undefined;

/**
 * A category's name in the page's language (`es-US` falls back to `es`), or the directory's own.
 */
export function categoryName(
  names: CategoryNames | undefined,
  lang: string,
  category: Category,
): string {
  const base = lang.split('-')[0];
  const translated = own(own(names, lang), category.id) ?? own(own(names, base), category.id);
  return typeof translated === 'string' && translated.trim() ? translated : category.name;
}

function languageNames(service: DirectoryService, lang: string): string {
  return new Intl.ListFormat(lang, { type: 'conjunction' }).format(
    service.languages.map((language) => languageName(language, lang)),
  );
}

function ages(service: DirectoryService, t: Translate): string | undefined {
  const { minimumAge: min, maximumAge: max } = service;
  if (min !== undefined && max !== undefined) return t('finder.ages', { min, max });
  if (min !== undefined) return t('finder.minAge', { min });
  if (max !== undefined) return t('finder.maxAge', { max });
  return undefined;
}

/** "Check if you qualify", when a screener's program names this service (and its link is safe). */
function qualifyLink(service: DirectoryService, link: QualifyLink | undefined, t: Translate) {
  const href = link && safeNavigationUrl(link.href, document.baseURI);
  if (!href) return nothing;
  const label = link.label?.trim() || t('finder.qualify');
  return html`<p class="qualify">
    <a href=${href} aria-label=${t('finder.qualifyFor', { label, name: service.name })}>${label}</a>
  </p>`;
}

/** The facts shown for a service, in the result list and the detail view alike. */
export function renderFacts(
  result: ServiceResult,
  t: Translate,
  lang: string,
  qualify?: QualifyLink,
): TemplateResult {
  const { service, distanceMiles, openNow } = result;
  const area = runningArea(service.areas);
  const location = service.locations.find((candidate) => candidate.address);
  const address = location?.address;
  const phone = service.phones[0];
  const tel = phone && telHref(phone.number);
  const website = safeHref(service.url);
  const ageText = ages(service, t);
  const distance =
    distanceMiles === undefined
      ? undefined
      : // "2.3 miles", "1 mile", "2.3 millas": Intl knows the unit's words and plurals.
        new Intl.NumberFormat(usLocale(lang), {
          style: 'unit',
          unit: 'mile',
          unitDisplay: 'long',
          maximumFractionDigits: 1,
        }).format(distanceMiles);
  return html`<ul class="facts" part="facts">
      ${
        service.organization
          ? html`<li>${t('finder.organization', { name: service.organization.name })}</li>`
          : nothing
      }
      ${area ? html`<li class="run-by">${t('finder.runBy', { name: area.name })}</li>` : nothing}
      ${distance ? html`<li class="distance">${t('finder.distance', { distance })}</li>` : nothing}
      ${
        openNow === undefined
          ? nothing
          : html`<li class=${openNow ? 'open' : 'closed'}>
              ${t(openNow ? 'finder.open' : 'finder.closed')}
            </li>`
      }
      ${
        service.languages.length
          ? html`<li>${t('finder.languages', { list: languageNames(service, lang) })}</li>`
          : nothing
      }
      ${ageText ? html`<li>${ageText}</li>` : nothing}
    </ul>
    ${
      service.eligibility
        ? html`<p class="eligibility">${t('finder.eligibility', { text: service.eligibility })}</p>`
        : nothing
    }
    ${qualifyLink(service, qualify, t)}
    <dl class="contact">
      ${
        phone
          ? html`<div>
              <dt>${t('finder.phone')}</dt>
              <dd>${tel ? html`<a href=${tel}>${phone.number}</a>` : phone.number}</dd>
            </div>`
          : nothing
      }
      ${
        address
          ? html`<div>
              <dt>${t('finder.address')}</dt>
              <dd>
                ${address.address1}${address.address2 ? html`, ${address.address2}` : nothing},
                ${address.city}, ${address.stateProvince} ${address.postalCode}
              </dd>
            </div>`
          : nothing
      }
      ${
        website
          ? html`<div>
              <dt>${t('finder.website')}</dt>
              <dd>
                <a href=${website} rel="noopener noreferrer"
                  >${t('finder.websiteLabel', { name: service.name })}</a
                >
              </dd>
            </div>`
          : nothing
      }
    </dl>`;
}

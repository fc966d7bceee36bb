import { html } from 'lit';
import { property } from 'lit/decorators.js';
import { PlazaElement, resolveLanguage } from '@plaza/core';
import { languageSelectStyles } from './language-select.styles.js';
import { messages } from './language-select.messages.js';

export type LanguageChangeDetail = { lang: string; previous: string };

/** "español" -> "Español": a language's own name, capitalised as a label in that language. */
export function nativeLanguageName(code: string): string {
  try {
    const name = new Intl.DisplayNames([code], { type: 'language' }).of(code) ?? code;
    return name.charAt(0).toLocaleUpperCase(code) + name.slice(1);
  } catch {
    return code;
  }
}

/** Writing direction of a language, from Intl (Chromium, Safari) or a short list of RTL scripts. */
export function languageDirection(code: string): 'ltr' | 'rtl' {
  try {
    const locale = new Intl.Locale(code) as Intl.Locale & {
      textInfo?: { direction?: string };
      getTextInfo?: () => { direction?: string };
    };
    const info = locale.getTextInfo?.() ?? locale.textInfo;
    if (info?.direction) return info.direction === 'rtl' ? 'rtl' : 'ltr';
  } catch {
    // Fall through to the list.
  }
  return /^(ar|fa|he|ps|ur|yi|dv|ckb|sd|ug)(-|$)/i.test(code) ? 'rtl' : 'ltr';
}

const base = (code: string) => code.toLowerCase().split('-')[0];

/**
 * @summary Lets a resident switch the page's language: one button per language, each named in its
 * own language ("English", "Español", "Tiếng Việt").
 *
 * @csspart group - The labelled group of buttons.
 * @csspart group-label - The visible "Language" label.
 * @csspart language-button - Each language's button.
 *
 * @cssprop [--plaza-language-select-gap=var(--plaza-space-2)] - Space between the buttons.
 *
 * @fires plaza-language-change - Before the language changes, cancelable: `detail.lang` and
 * `detail.previous`. Cancel it to switch language your own way (for example by loading the
 * translated page).
 *
 * Accessibility: a group named "Language" of ordinary buttons, reached with Tab and pressed with
 * Enter or Space. The current language has `aria-pressed="true"`. Each button carries its
 * language's `lang`, so screen readers pronounce it correctly. Switching sets `lang` (and `dir`) on
 * the target only; focus stays on the button that was pressed.
 */
export class PlazaLanguageSelect extends PlazaElement {
  static override messages = messages;
  static override styles = languageSelectStyles;

  /** Language codes to offer, space-separated, in the order shown: `en es vi zh-Hant`. */
  @property({
    converter: {
      fromAttribute: (value: string | null) => (value ?? '').split(/[\s,]+/).filter(Boolean),
      toAttribute: (value: string[]) => value.join(' '),
    },
  })
  languages: string[] = ['en', 'es'];
  /** A selector for the element whose `lang` to set; the document element when empty. */
  @property() target = '';
  /** The current language; read from the target when the element connects. */
  @property({ reflect: true }) value = '';

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.value) {
      const target = this.#targetElement();
      this.value = target ? resolveLanguage(target) : resolveLanguage(this);
    }
  }

  /** Switches to `lang` as the buttons do, firing `plaza-language-change` first. */
  select(lang: string): boolean {
    const previous = this.value;
    if (lang === previous) return false;
    const proceed = this.dispatchEvent(
      new CustomEvent<LanguageChangeDetail>('plaza-language-change', {
        bubbles: true,
        composed: true,
        cancelable: true,
        detail: { lang, previous },
      }),
    );
    if (!proceed) return false;
    this.value = lang;
    const target = this.#targetElement();
    if (target) {
      target.setAttribute('lang', lang);
      target.setAttribute('dir', languageDirection(lang));
    }
    return true;
  }

  #targetElement(): Element | null {
    if (!this.target) return this.ownerDocument.documentElement;
    const found = this.ownerDocument.querySelector(this.target);
    if (!found)
      console.error(`<plaza-language-select>: no element matches target "${this.target}"`);
    return found;
  }

  #isCurrent(code: string): boolean {
    if (code.toLowerCase() === this.value.toLowerCase()) return true;
    const exact = this.languages.some((l) => l.toLowerCase() === this.value.toLowerCase());
    return !exact && base(code) === base(this.value);
  }

  #onClick = (event: Event): void => {
    const lang = (event.currentTarget as HTMLButtonElement).dataset.lang;
    if (lang) this.select(lang);
  };

  override render() {
    return html`<div class="group" part="group" role="group" aria-labelledby="label">
      <span id="label" class="label" part="group-label">${this.t('languageSelect.label')}</span>
      ${this.languages.map(
        (code) =>
          html`<button
            type="button"
            part="language-button"
            lang=${code}
            dir=${languageDirection(code)}
            data-lang=${code}
            aria-pressed=${this.#isCurrent(code) ? 'true' : 'false'}
            @click=${this.#onClick}
          >
            ${nativeLanguageName(code)}
          </button>`,
      )}
    </div>`;
  }
}

declare global {
  interface HTMLElementEventMap {
    /** The resident chose another language. */
    'plaza-language-change': CustomEvent<LanguageChangeDetail>;
  }
}

/**
 * The message catalog registry: catalogs per language, agency overrides, lookup with language
 * fallbacks and plural forms. It lives on `globalThis` under a `Symbol.for` key, so when a bundler
 * puts two copies of this package on one page, both share one registry and an agency's overrides
 * registered through either copy reach every element.
 */
import { formatArg, type MessageArg } from './format.js';
import { en } from './messages/en.js';
import { es } from './messages/es.js';

/** A message: a template, or plural forms chosen by the `count` argument. */
export type Message = string | Partial<Record<Intl.LDMLPluralRule, string>>;
export type Catalog = Record<string, Message>;
export type MessageArgs = Record<string, MessageArg>;

export const DEFAULT_LANGUAGE = 'en';

/** Catalogs by language, and who to tell when one changes. */
type Registry = [catalogs: Map<string, Catalog>, listeners: Set<() => void>];

/**
 * Where every copy of this package on the page finds the one registry. The version in the key
 * changes only if `Registry`'s shape does, so copies that could not read each other's registry
 * never share one.
 */
export const REGISTRY_KEY = Symbol.for('plaza.i18n.v1');

const [catalogs, listeners] = ((globalThis as unknown as Record<symbol, Registry | undefined>)[
  REGISTRY_KEY
] ??= [new Map(), new Set()]);

/**
 * Adds messages for a language. Later calls override earlier ones key by key, which is how an
 * agency replaces any string: `registerMessages('en', { 'validation.required': 'Tell us {name}' })`.
 */
export function registerMessages(lang: string, messages: Catalog): void {
  const key = normalizeLanguage(lang);
  const merged: Catalog = Object.create(null);
  Object.assign(merged, catalogs.get(key), ownEntries(messages));
  catalogs.set(key, merged);
  notifyListeners();
}

/**
 * Adds a component's own messages beneath what is already registered, so an agency override made
 * before the component first appears still wins. Components do this for themselves (see
 * `PlazaElement.messages` in @plaza/core), which keeps each element's strings in its own bundle.
 */
export function registerDefaultMessages(lang: string, messages: Catalog): void {
  const key = normalizeLanguage(lang);
  const merged: Catalog = Object.create(null);
  Object.assign(merged, ownEntries(messages), catalogs.get(key));
  catalogs.set(key, merged);
  notifyListeners();
}

/** Calls `listener` whenever any catalog changes; returns the unsubscribe function. */
export function onMessagesChanged(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Languages to try in order: `es-MX` -> `es-mx`, `es`, then English. */
export function languageFallbacks(lang: string): string[] {
  return [...fallbackChain(lang)];
}

/**
 * Fallback chains by the `lang` as written, shared and frozen: every message lookup needs one, and
 * a page uses a handful of languages. Bounded all the same, since `lang` comes from markup.
 */
const chains = new Map<string, readonly string[]>();
const MAX_CACHED_CHAINS = 64;

function fallbackChain(lang: string): readonly string[] {
  let chain = chains.get(lang);
  if (!chain) {
    if (chains.size >= MAX_CACHED_CHAINS) chains.clear();
    chain = Object.freeze(buildFallbacks(lang));
    chains.set(lang, chain);
  }
  return chain;
}

function buildFallbacks(lang: string): string[] {
  const chain: string[] = [];
  const parts = normalizeLanguage(lang).split('-');
  for (let length = parts.length; length > 0; length--)
    chain.push(parts.slice(0, length).join('-'));
  if (!chain.includes(DEFAULT_LANGUAGE)) chain.push(DEFAULT_LANGUAGE);
  return chain;
}

/** True when `lang` (or its base language) has a catalog of its own, not just the fallback. */
export function hasMessages(lang: string): boolean {
  return fallbackChain(lang).some((code) => code !== DEFAULT_LANGUAGE && catalogs.has(code));
}

/**
 * The message `key` in `lang`, with `{placeholders}` replaced by formatted `args`. A key that no
 * catalog has comes back as the key itself, so a missing translation is visible, never blank.
 */
export function translate(lang: string, key: string, args: MessageArgs = {}): string {
  const chain = fallbackChain(lang);
  for (const code of chain) {
    const catalog = catalogs.get(code);
    if (catalog && Object.hasOwn(catalog, key)) {
      // Plural forms follow the message's language; numbers, money and dates follow the reader's
      // locale, its region included (`es-MX`), even in a message that fell back to English.
      return formatMessage(chain[0], pickForm(code, catalog[key], args), args);
    }
  }
  return key;
}

function notifyListeners(): void {
  for (const listener of listeners) listener();
}

function pickForm(lang: string, message: Message, args: MessageArgs): string {
  if (typeof message === 'string') return message;
  const count = typeof args.count === 'number' ? args.count : 0;
  const rule = new Intl.PluralRules(lang).select(count);
  return message[rule] ?? message.other ?? Object.values(message)[0] ?? '';
}

/** `template` with each `{placeholder}` that `args` has replaced by its value formatted for `lang`. */
export function formatMessage(lang: string, template: string, args: MessageArgs): string {
  // Most messages have no placeholder: nothing to fill in, and no contraction a filled-in value
  // could have created.
  if (!template.includes('{')) return template;
  const text = template.replace(/\{(\w+)\}/g, (placeholder, name: string) =>
    Object.hasOwn(args, name) ? formatArg(lang, args[name]) : placeholder,
  );
  // Spanish contracts "de el" and "a el" ("de {jurisdiction}" with "el Estado de Ejemplo" reads
  // "del Estado de Ejemplo"); a capitalized "El" begins a proper name (El Paso) and stays.
  return /^es\b/iu.test(lang) ? text.replace(/(?<!\p{L})([Dd]e|[Aa]) el(?!\p{L})/gu, '$1l') : text;
}

function normalizeLanguage(lang: string): string {
  return lang.trim().toLowerCase().replace(/_/g, '-') || DEFAULT_LANGUAGE;
}

/** Copies only own string or plural-object entries, so `__proto__` in JSON cannot pollute. */
function ownEntries(messages: Catalog): Catalog {
  const clean: Catalog = Object.create(null);
  for (const [key, message] of Object.entries(messages)) {
    if (typeof message === 'string' || (message !== null && typeof message === 'object')) {
      clean[key] = message;
    }
  }
  return clean;
}

// The words every Plaza package shares (field markers, validation), beneath any agency override
// already registered by another copy of this package.
registerDefaultMessages('en', en);
registerDefaultMessages('es', es);

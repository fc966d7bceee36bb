/**
 * Localization without a DOM: message catalogs per language, agency overrides, Intl formatting.
 * Every user-facing string in Plaza goes through `translate`. The DOM side (finding the nearest
 * `lang`, re-rendering when it changes) lives in `localize-controller.ts`.
 */

/** A message: a template, or plural forms chosen by the `count` argument. */
export type Message = string | Partial<Record<Intl.LDMLPluralRule, string>>;
export type Catalog = Record<string, Message>;
export interface Money {
  amount: number;
  currency: string;
}
export type MessageArg = string | number | Date | Money;
export type MessageArgs = Record<string, MessageArg>;

import { en } from './messages/en.js';
import { es } from './messages/es.js';

export const DEFAULT_LANGUAGE = 'en';

/** English and Spanish ship complete; other languages fall back to English key by key. */
const catalogs = new Map<string, Catalog>([
  ['en', { ...en }],
  ['es', { ...es }],
]);
const listeners = new Set<() => void>();

/**
 * Adds messages for a language. Later calls override earlier ones key by key, which is how an
 * agency replaces any string: `registerMessages('en', { 'validation.required': 'Tell us {name}' })`.
 */
export function registerMessages(lang: string, messages: Catalog): void {
  const key = normalizeLanguage(lang);
  const merged: Catalog = Object.create(null);
  Object.assign(merged, catalogs.get(key), ownEntries(messages));
  catalogs.set(key, merged);
  for (const listener of listeners) listener();
}

/**
 * Adds a component's own messages beneath what is already registered, so an agency override made
 * before the component first appears still wins. Components do this for themselves (see
 * `PlazaElement.messages`), which keeps each element's strings in its own bundle.
 */
export function registerDefaultMessages(lang: string, messages: Catalog): void {
  const key = normalizeLanguage(lang);
  const merged: Catalog = Object.create(null);
  Object.assign(merged, ownEntries(messages), catalogs.get(key));
  catalogs.set(key, merged);
  for (const listener of listeners) listener();
}

/** Calls `listener` whenever any catalog changes; returns the unsubscribe function. */
export function onMessagesChanged(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Languages to try in order: `es-MX` -> `es-mx`, `es`, then English. */
export function languageFallbacks(lang: string): string[] {
  const chain: string[] = [];
  const parts = normalizeLanguage(lang).split('-');
  for (let length = parts.length; length > 0; length--)
    chain.push(parts.slice(0, length).join('-'));
  if (!chain.includes(DEFAULT_LANGUAGE)) chain.push(DEFAULT_LANGUAGE);
  return chain;
}

/** True when `lang` (or its base language) has a catalog of its own, not just the fallback. */
export function hasMessages(lang: string): boolean {
  return languageFallbacks(lang).some((code) => code !== DEFAULT_LANGUAGE && catalogs.has(code));
}

/**
 * The message `key` in `lang`, with `{placeholders}` replaced by formatted `args`. A key that no
 * catalog has comes back as the key itself, so a missing translation is visible, never blank.
 */
export function translate(lang: string, key: string, args: MessageArgs = {}): string {
  for (const code of languageFallbacks(lang)) {
    const catalog = catalogs.get(code);
    if (catalog && Object.hasOwn(catalog, key)) {
      // Format with the language the message is written in, so numbers match the words around them.
      return format(code, pickForm(code, catalog[key], args), args);
    }
  }
  return key;
}

/** Formats a single value for `lang`: numbers, money and dates through Intl. */
export function formatArg(lang: string, value: MessageArg): string {
  if (typeof value === 'number') return new Intl.NumberFormat(lang).format(value);
  if (value instanceof Date) {
    return new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(value);
  }
  if (typeof value === 'object') {
    const fractionDigits = Number.isInteger(value.amount) ? 0 : 2;
    return new Intl.NumberFormat(lang, {
      style: 'currency',
      currency: value.currency,
      minimumFractionDigits: fractionDigits,
      maximumFractionDigits: 2,
    }).format(value.amount);
  }
  return value;
}

function pickForm(lang: string, message: Message, args: MessageArgs): string {
  if (typeof message === 'string') return message;
  const count = typeof args.count === 'number' ? args.count : 0;
  const rule = new Intl.PluralRules(lang).select(count);
  return message[rule] ?? message.other ?? Object.values(message)[0] ?? '';
}

function format(lang: string, template: string, args: MessageArgs): string {
  return template.replace(/\{(\w+)\}/g, (placeholder, name: string) =>
    Object.hasOwn(args, name) ? formatArg(lang, args[name]) : placeholder,
  );
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

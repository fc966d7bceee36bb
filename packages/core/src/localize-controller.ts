import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { DEFAULT_LANGUAGE, onMessagesChanged, translate, type MessageArgs } from '@plaza/i18n';

/**
 * The language that applies to `node`: its own `lang`, the nearest ancestor's (crossing shadow
 * roots to their hosts), or the document's. An empty `lang` means "unknown" and is skipped.
 */
export function resolveLanguage(node: Node): string {
  // One native `closest()` per tree (the element's, then each shadow host's), not a script walk
  // over every ancestor: every Plaza element resolves its language when it connects.
  let current: Node | null = node;
  while (current) {
    if (current instanceof Element) {
      const lang = current.closest('[lang]:not([lang=""])')?.getAttribute('lang');
      if (lang) return lang;
      current = current.getRootNode();
    }
    current = current instanceof ShadowRoot ? current.host : current.parentNode;
  }
  return DEFAULT_LANGUAGE;
}

type LocalizedHost = ReactiveControllerHost & HTMLElement;

let serverLanguage = DEFAULT_LANGUAGE;

/**
 * The page's language for Lit server rendering, where an element cannot see the `<html lang>`
 * around it. Set it before rendering each page (an element's own `lang` attribute still wins), so
 * the server writes the text the browser would: hydration then changes nothing.
 */
export function setServerLanguage(lang: string): void {
  serverLanguage = lang || DEFAULT_LANGUAGE;
}

const connected = new Set<LocalizeController>();
let languageObserver: MutationObserver | undefined;
let stopListeningToCatalogs: (() => void) | undefined;

/** One observer for the whole document, not one per element: forms can hold hundreds of fields. */
function startWatching(): void {
  if (languageObserver) return;
  languageObserver = new MutationObserver(() => {
    for (const controller of connected) controller.refresh();
  });
  languageObserver.observe(document.documentElement, {
    attributes: true,
    attributeFilter: ['lang'],
    subtree: true,
  });
  stopListeningToCatalogs = onMessagesChanged(() => {
    for (const controller of connected) controller.host.requestUpdate();
  });
}

function stopWatchingWhenIdle(): void {
  if (connected.size > 0) return;
  languageObserver?.disconnect();
  languageObserver = undefined;
  stopListeningToCatalogs?.();
  stopListeningToCatalogs = undefined;
}

/**
 * Gives an element its language and translated messages, and re-renders it when any `lang` in
 * the document changes or an agency registers new messages.
 */
export class LocalizeController implements ReactiveController {
  readonly host: LocalizedHost;
  #lang = DEFAULT_LANGUAGE;

  constructor(host: LocalizedHost) {
    this.host = host;
    host.addController(this);
  }

  get lang(): string {
    // On the server nothing connects: the element's own `lang`, else the page's (see above).
    return isServer ? this.host.getAttribute('lang') || serverLanguage : this.#lang;
  }

  hostConnected(): void {
    connected.add(this);
    startWatching();
    this.#lang = resolveLanguage(this.host);
  }

  hostDisconnected(): void {
    connected.delete(this);
    stopWatchingWhenIdle();
  }

  /** Re-reads the language and re-renders the host only when it changed. */
  refresh(): void {
    const lang = resolveLanguage(this.host);
    if (lang !== this.#lang) {
      this.#lang = lang;
      this.host.requestUpdate();
    }
  }

  t(key: string, args?: MessageArgs): string {
    return translate(this.lang, key, args);
  }
}

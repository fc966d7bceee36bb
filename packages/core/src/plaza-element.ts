import { adoptStyles, LitElement } from 'lit';
import { tokensCss } from '@plaza/tokens';
import { LocalizeController } from './localize-controller.js';
import { SlotController } from './slot-controller.js';
import { registerDefaultMessages, type Catalog, type MessageArgs } from '@plaza/i18n';

const documentsWithTokens = new WeakSet<Document>();
const classesWithMessages = new WeakSet<object>();

/**
 * Gives the document Plaza's design tokens once, as a layered sheet: an agency's own unlayered
 * `:root { --plaza-... }` rules always win over it, wherever they are loaded.
 */
export function adoptTokens(doc: Document): void {
  if (documentsWithTokens.has(doc)) return;
  documentsWithTokens.add(doc);
  // A sheet can only be adopted by the document whose window constructed it (iframes differ).
  const Sheet = doc.defaultView?.CSSStyleSheet ?? CSSStyleSheet;
  const sheet = new Sheet();
  sheet.replaceSync(tokensCss);
  doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
}

/**
 * Registers the strings of an element class and of every Plaza class it extends (a radio group
 * needs its shared base's words too), once per class.
 */
function registerClassMessages(elementClass: typeof PlazaElement): void {
  for (
    let current: unknown = elementClass;
    typeof current === 'function' && current !== LitElement;
    current = Object.getPrototypeOf(current)
  ) {
    if (classesWithMessages.has(current)) continue;
    classesWithMessages.add(current);
    if (Object.hasOwn(current, 'messages')) {
      const { messages } = current as typeof PlazaElement;
      for (const [lang, catalog] of Object.entries(messages))
        registerDefaultMessages(lang, catalog);
    }
  }
}

/** The base of every Plaza element: design tokens on the page and localized messages. */
export class PlazaElement extends LitElement {
  /**
   * The element's own strings by language (`{ en: {...}, es: {...} }`), registered the first time
   * an element of the class is made (Lit's server rendering never connects elements), beneath any
   * agency override. Shared strings live in @plaza/core.
   */
  static messages: Readonly<Record<string, Catalog>> = {};

  protected readonly localize = new LocalizeController(this);
  #slots: SlotController | undefined;

  /**
   * Which named slots have content, re-rendering the element when that changes. Made on first
   * use, so elements without named slots observe nothing.
   */
  protected get slots(): SlotController {
    return (this.#slots ??= new SlotController(this));
  }

  constructor() {
    super();
    registerClassMessages(this.constructor as typeof PlazaElement);
  }

  override connectedCallback(): void {
    // Lit's server renderer marks elements nested in another custom element `defer-hydration`,
    // and Lit's hydration support then waits for that parent to hydrate them. Plaza elements
    // redraw instead of hydrating (see `createRenderRoot`), so they never wait.
    this.removeAttribute('defer-hydration');
    super.connectedCallback();
    adoptTokens(this.ownerDocument);
  }

  /**
   * Server-rendered markup (declarative shadow DOM from Lit's server renderer) stays on screen
   * while the script loads; the element then draws itself anew in that shadow root. Its first
   * update runs in a microtask of the same task, so nothing is painted in between and nothing
   * shifts. Lit's hydration (`@lit-labs/ssr-client`) is not used for Plaza elements even when a
   * page loads it: it keeps server text and attributes that differ from the browser's (the server
   * cannot see slotted children) and throws where a template differs.
   */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const served = this.shadowRoot;
    if (!served) return super.createRenderRoot();
    this.takeOverServedMarkup(served);
    served.replaceChildren();
    adoptStyles(served, (this.constructor as typeof LitElement).elementStyles);
    return served;
  }

  /** Reads what a resident did in the server's markup (typing, focus) before it is replaced. */
  protected takeOverServedMarkup(_served: ShadowRoot): void {}

  /** A message in the element's language (its nearest `lang`). */
  protected t(key: string, args?: MessageArgs): string {
    return this.localize.t(key, args);
  }
}

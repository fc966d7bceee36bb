/** Accessibility helpers shared by every component: ids, a live announcer and focus moves. */

let nextId = 0;

/** An id unique in the document, for wiring labels, hints and errors with ARIA. */
export function uniqueId(prefix = 'plaza'): string {
  nextId += 1;
  return `${prefix}-${nextId}`;
}

export type Politeness = 'polite' | 'assertive';

const VISUALLY_HIDDEN =
  'position:absolute;width:1px;height:1px;margin:-1px;padding:0;overflow:hidden;' +
  'clip:rect(0 0 0 0);clip-path:inset(50%);white-space:nowrap;border:0;';

const regions = new WeakMap<Document, Record<Politeness, HTMLElement>>();

/**
 * Live regions must exist before the text arrives for screen readers to announce it, and must be
 * in the light DOM of the page (some screen readers ignore regions inside shadow roots).
 */
function liveRegions(doc: Document): Record<Politeness, HTMLElement> {
  let found = regions.get(doc);
  if (!found || !found.polite.isConnected) {
    const container = doc.createElement('div');
    container.dataset.plazaAnnouncer = '';
    container.style.cssText = VISUALLY_HIDDEN;
    const polite = doc.createElement('div');
    polite.setAttribute('role', 'status');
    polite.setAttribute('aria-live', 'polite');
    const assertive = doc.createElement('div');
    assertive.setAttribute('role', 'alert');
    assertive.setAttribute('aria-live', 'assertive');
    container.append(polite, assertive);
    doc.body.append(container);
    found = { polite, assertive };
    regions.set(doc, found);
  }
  return found;
}

/**
 * Announces `message` to screen readers. The region is emptied first and filled on the next
 * task, so the same sentence said twice is announced twice.
 */
export function announce(
  message: string,
  { politeness = 'polite', doc = document }: { politeness?: Politeness; doc?: Document } = {},
): Promise<void> {
  const region = liveRegions(doc)[politeness];
  region.textContent = '';
  return new Promise((resolve) => {
    setTimeout(() => {
      region.textContent = message;
      resolve();
    }, 50);
  });
}

/**
 * Moves focus to `target` and scrolls so that `context` (a label or legend above it) is in view
 * too, as GOV.UK's error summary does: a field alone at the top of the screen loses its question.
 */
export function focusWithContext(target: HTMLElement, context?: Element | null): void {
  target.focus({ preventScroll: true });
  const anchor = context ?? target;
  anchor.scrollIntoView({ block: 'start', behavior: 'instant' });
}

const FOCUSABLE =
  'a[href], area[href], button, input, select, textarea, iframe, summary, [tabindex], [contenteditable=""], [contenteditable="true"]';

/** True when `element` can take focus from the keyboard right now. */
export function isKeyboardFocusable(element: Element): boolean {
  if (!(element instanceof HTMLElement) || !element.matches(FOCUSABLE)) return false;
  if (element.tabIndex < 0 || element.matches(':disabled') || element.closest('[inert]'))
    return false;
  return element.checkVisibility({ visibilityProperty: true });
}

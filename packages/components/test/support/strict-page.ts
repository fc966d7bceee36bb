/**
 * The strict-policy test page (scripts/strict-policy-page.mjs) in a frame: opening it, reading the
 * violations it recorded, and building elements there with DOM calls (it enforces Trusted Types).
 */
export interface Violation {
  directive: string;
  blockedURI: string;
  sample: string;
  source: string;
}
export type StrictWindow = Window & typeof globalThis & { plazaViolations: Violation[] };
export type Updating = HTMLElement & { updateComplete?: Promise<unknown>; hasUpdated?: boolean };

/** Generous: a safety net for a loaded machine, not a speed check. */
export const PATIENCE = { timeout: 60_000 };
const frames: HTMLIFrameElement[] = [];

afterEach(() => {
  for (const frame of frames.splice(0)) frame.remove();
});

export async function openStrictPage(trustedTypes?: string): Promise<StrictWindow> {
  const frame = document.createElement('iframe');
  frame.title = 'Plaza under a strict policy';
  frame.width = '900';
  frame.height = '700';
  const query = trustedTypes ? `?trusted-types=${encodeURIComponent(trustedTypes)}` : '';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = `/__plaza/strict-page${query}`;
  document.body.append(frame);
  frames.push(frame);
  await loaded;
  return frame.contentWindow as StrictWindow;
}

/** The tag of each registration module the page loaded (`.../plaza-tag.ts` -> `plaza-tag`). */
export const loadedTags = (win: StrictWindow) =>
  [...win.document.querySelectorAll<HTMLScriptElement>('script[type="module"]')].flatMap(
    (script) => new URL(script.src).pathname.match(/\/(plaza-[a-z-]+)\.ts$/u)?.[1] ?? [],
  );

/** Builds an element with DOM calls (no HTML strings: the page enforces Trusted Types). */
export function make(
  doc: Document,
  tag: string,
  attributes: Record<string, string> = {},
  children: (Node | string)[] = [],
): HTMLElement {
  const element = doc.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  element.append(...children);
  return element;
}

export const nextTask = (win: Window) => new Promise((resolve) => win.setTimeout(resolve));

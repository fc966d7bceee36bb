/**
 * A server-rendered page of every element (scripts/ssr/render.mjs, served by
 * scripts/ssr-page-plugin.mjs) opened in an iframe with no Plaza script, then hydrated: what the
 * server-rendering tests read before and after the elements load.
 */
import { expect } from '@open-wc/testing';
import { waitUntil } from '../support/wait.js';

const HYDRATE = new URL('./hydrate-entry.ts', import.meta.url);
const frames: HTMLIFrameElement[] = [];

/** Removes the pages opened so far (call from `afterEach`). */
export function closeServedPages(): void {
  for (const frame of frames.splice(0)) frame.remove();
}

export interface ServedPage {
  frame: HTMLIFrameElement;
  doc: Document;
  /** console.error calls, uncaught errors and rejections in the page. */
  errors: string[];
  /** Layout shifts, each with whether it moved something outside a light-DOM-driven element. */
  shifts: { value: number; counted: boolean }[];
}

/** Opens the server-rendered page for `lang`, with no Plaza script loaded yet. */
export async function openServedPage(lang: string): Promise<ServedPage> {
  const frame = document.createElement('iframe');
  frame.title = `Server-rendered page (${lang})`;
  frame.width = '1000';
  frame.height = '600';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = `/__plaza/ssr-page?lang=${lang}`;
  document.body.append(frame);
  frames.push(frame);
  await loaded;
  const doc = frame.contentDocument!;
  // Tall enough for every element to be in the frame's viewport, where layout shift is measured.
  frame.height = String(doc.documentElement.scrollHeight + 200);
  const view = doc.defaultView as Window & typeof globalThis;
  const errors: string[] = [];
  const consoleError = view.console.error.bind(view.console);
  view.console.error = (...args: unknown[]) => {
    errors.push(args.map(String).join(' '));
    consoleError(...args);
  };
  view.addEventListener('error', (event) => errors.push(String(event.message)));
  view.addEventListener('unhandledrejection', (event) => errors.push(String(event.reason)));
  const shifts: ServedPage['shifts'] = [];
  new view.PerformanceObserver((list) => {
    for (const entry of list.getEntries() as (PerformanceEntry & LayoutShift)[]) {
      // A shift counts when it moved anything outside the light-DOM-driven cases (the node
      // itself may be such a case's wrapper, or a text node).
      const counted = entry.sources.some((source) => {
        const node = source.node;
        const element =
          node?.nodeType === Node.ELEMENT_NODE ? (node as Element) : node?.parentElement;
        return element ? !element.closest('[data-light-dom]') : false;
      });
      shifts.push({ value: entry.value, counted });
    }
  }).observe({ type: 'layout-shift', buffered: true });
  return { frame, doc, errors, shifts };
}

interface LayoutShift {
  value: number;
  sources: { node: Node | null }[];
}

/** Loads the elements into the page and waits until each has hydrated and settled. */
export async function hydrate({ doc, errors }: ServedPage): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const script = doc.createElement('script');
    script.type = 'module';
    script.src = HYDRATE.href;
    script.addEventListener('load', () => resolve());
    script.addEventListener('error', () => reject(new Error('Could not load the elements')));
    doc.head.append(script);
  });
  const hosts = [...doc.querySelectorAll<HTMLElement>('.case *')].filter((el) =>
    el.localName.startsWith('plaza-'),
  );
  const undefinedTags = () =>
    [...new Set(hosts.map((host) => host.localName))].filter(
      (tag) => !doc.defaultView!.customElements.get(tag),
    );
  // An error while the elements load would leave some undefined: report it, not a time-out.
  await waitUntil(() => undefinedTags().length === 0 || errors.length > 0, 'elements defined');
  expect(errors, 'errors while the elements load').to.deep.equal([]);
  await settle(doc, hosts);
}

/** Waits for `hosts` to finish updating, then two frames: layout, then its layout-shift entries. */
async function settle(doc: Document, hosts: HTMLElement[]): Promise<void> {
  for (const host of hosts)
    await (host as HTMLElement & { updateComplete?: unknown }).updateComplete;
  for (let i = 0; i < 2; i++)
    await new Promise((resolve) => doc.defaultView!.requestAnimationFrame(resolve));
}

/**
 * Every case drawn again from its light DOM by the browser alone, as a page without server
 * rendering would show it: copies of the case sections (a copy of an element gets no server
 * shadow root) at the end of the page, outside the form, at the same width.
 */
export async function renderFreshCopies(doc: Document): Promise<CaseView[]> {
  const fresh = doc.createElement('div');
  for (const section of doc.querySelectorAll('form > .case')) fresh.append(section.cloneNode(true));
  doc.body.append(fresh);
  const hosts = [...fresh.querySelectorAll<HTMLElement>('*')].filter((el) =>
    el.localName.startsWith('plaza-'),
  );
  await settle(doc, hosts);
  return readCases(fresh);
}

/** The words a person sees in `node`, through shadow roots and slots, whitespace collapsed. */
function composedText(node: Node): string {
  if (node.nodeType === Node.TEXT_NODE) return (node as Text).data;
  if (node.nodeType !== Node.ELEMENT_NODE) return '';
  const element = node as Element;
  if (['style', 'script', 'template'].includes(element.localName)) return '';
  let children: ArrayLike<Node> = element.shadowRoot?.childNodes ?? element.childNodes;
  if (element.localName === 'slot') {
    const assigned = (element as HTMLSlotElement).assignedNodes();
    if (assigned.length) children = assigned;
  }
  return [...Array.from(children)].map(composedText).join(' ');
}

const words = (text: string) => text.replace(/\s+/g, ' ').trim();

export interface CaseView {
  name: string;
  lightDom: boolean;
  expected: string[];
  text: string;
  box: { x: number; y: number; width: number; height: number };
}

export function readCases(root: Document | Element): CaseView[] {
  return [...root.querySelectorAll<HTMLElement>('.case')].map((section) => {
    const host = section.firstElementChild!;
    const { x, y, width, height } = host.getBoundingClientRect();
    return {
      name: section.dataset.case!,
      lightDom: section.hasAttribute('data-light-dom'),
      expected: JSON.parse(section.dataset.expect!) as string[],
      text: words(composedText(host)),
      box: { x, y, width, height },
    };
  });
}

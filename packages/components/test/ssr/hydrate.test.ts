/**
 * Server rendering: every element as Lit's server renders it (scripts/ssr/render.mjs, served by
 * scripts/ssr-page-plugin.mjs) shows its words before any script runs, in the page's language,
 * then hydrates in the browser without errors, without changing its words or its box, and without
 * layout shift; a control hydrated that way still takes a resident's typing.
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { clickOn } from '../support/person.js';
import { waitUntil } from '../support/wait.js';

const HYDRATE = new URL('./hydrate-entry.ts', import.meta.url);
const frames: HTMLIFrameElement[] = [];

afterEach(() => {
  for (const frame of frames.splice(0)) frame.remove();
});

interface ServedPage {
  frame: HTMLIFrameElement;
  doc: Document;
  /** console.error calls, uncaught errors and rejections in the page. */
  errors: string[];
  /** Layout shifts, each with whether it moved something outside a light-DOM-driven element. */
  shifts: { value: number; counted: boolean }[];
}

/** Opens the server-rendered page for `lang`, with no Plaza script loaded yet. */
async function openServedPage(lang: string): Promise<ServedPage> {
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
async function hydrate({ doc, errors }: ServedPage): Promise<void> {
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
  for (const host of hosts)
    await (host as HTMLElement & { updateComplete?: unknown }).updateComplete;
  // Two frames: layout, then the layout-shift entries for it.
  for (let i = 0; i < 2; i++)
    await new Promise((resolve) => doc.defaultView!.requestAnimationFrame(resolve));
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

interface CaseView {
  name: string;
  lightDom: boolean;
  expected: string[];
  text: string;
  box: { x: number; y: number; width: number; height: number };
}

function readCases(doc: Document): CaseView[] {
  return [...doc.querySelectorAll<HTMLElement>('.case')].map((section) => {
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

for (const lang of ['en', 'es']) {
  describe(`Server-rendered elements (lang ${lang})`, () => {
    it('show their words before any script, then hydrate with the same words and boxes, no errors and no layout shift', async () => {
      const page = await openServedPage(lang);
      const before = readCases(page.doc);
      expect(before.length).to.be.greaterThan(40);
      for (const view of before) {
        const host = page.doc.querySelector(`[data-case="${view.name}"] > *`)!;
        expect(host.shadowRoot, `${view.name}: declarative shadow root`).not.to.equal(null);
        for (const expected of view.expected) {
          expect(view.text, `${view.name} before hydration`).to.include(expected);
        }
      }

      await hydrate(page);
      const after = readCases(page.doc);
      expect(page.errors, 'errors in the page').to.deep.equal([]);
      // Every element's differences at once: one failure lists them all.
      const changed: string[] = [];
      after.forEach((view, index) => {
        const missing = view.expected.filter((expected) => !view.text.includes(expected));
        if (missing.length) changed.push(`${view.name}: missing ${missing.join(', ')}`);
        if (view.lightDom) return;
        const was = before[index]!;
        if (view.text !== was.text) changed.push(`${view.name}: "${was.text}" -> "${view.text}"`);
        const moved = (['x', 'y', 'width', 'height'] as const).filter(
          (side) => view.box[side] !== was.box[side],
        );
        if (moved.length) {
          changed.push(
            `${view.name}: box ${JSON.stringify(was.box)} -> ${JSON.stringify(view.box)}`,
          );
        }
      });
      expect(changed, 'elements that changed when they hydrated').to.deep.equal([]);
      const shift = page.shifts.filter((s) => s.counted).reduce((sum, s) => sum + s.value, 0);
      expect(shift, 'layout shift outside light-DOM-driven elements').to.equal(0);
    });
  });
}

describe('A server-rendered text field', () => {
  it('keeps what a resident typed before the script loaded, and their focus, and takes more typing after', async () => {
    const page = await openServedPage('es');
    const host = page.doc.querySelector<HTMLElement & { value: string }>(
      '[data-case="plaza-text-field"] > plaza-text-field',
    )!;
    await clickOn(host.shadowRoot!.querySelector('input')!);
    await sendKeys({ type: 'Ana' });

    await hydrate(page);
    expect(page.errors).to.deep.equal([]);
    expect(host.value).to.equal('Ana');
    await sendKeys({ type: ' Ruiz' });
    expect(host.value).to.equal('Ana Ruiz');
    const form = page.doc.querySelector('form')!;
    expect(new FormData(form).get('full-name')).to.equal('Ana Ruiz');
  });
});

/**
 * Server rendering: once hydrated, every element that has something to press or type into
 * answers a person's real mouse and keys (trusted input), in the markup the element drew itself,
 * not the server's. Which part is tried is found, not listed: the first visible input, button,
 * link or summary in the element's shadow tree or light DOM, so a new element is covered too.
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { clickOn } from '../support/person.js';
import { closeServedPages, hydrate, openServedPage } from './served-page.js';

afterEach(closeServedPages);

const INTERACTIVE = 'input:not([type="hidden"]), textarea, select, button, a[href], summary';

/** The first visible part of `host` a person can press or type into, through shadow roots. */
function firstInteractive(host: Element): HTMLElement | null {
  const visit = (node: Element): HTMLElement | null => {
    // Nothing inside a clipped box: a skip link shows only when a key focuses it (its own tests).
    if (node.ownerDocument.defaultView!.getComputedStyle(node).clipPath !== 'none') return null;
    if (node !== host && node.matches(INTERACTIVE) && node.checkVisibility()) {
      const box = node.getBoundingClientRect();
      if (box.width > 0 && box.height > 0) return node as HTMLElement;
    }
    for (const child of [...(node.shadowRoot?.children ?? []), ...node.children]) {
      const found = visit(child);
      if (found) return found;
    }
    return null;
  };
  return visit(host);
}

/** The innermost focused element, through shadow roots. */
function deepActive(doc: Document): Element | null {
  let active = doc.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

// These leave the page when pressed (a link's default is stopped; these navigate by script), so
// they go last.
const LEAVES_PAGE = ['plaza-language-select', 'plaza-exit-this-page'];

describe('Server-rendered elements, once hydrated', () => {
  it('answer trusted clicks and typing in the markup they drew', async () => {
    const page = await openServedPage('en');
    const { doc } = page;
    const servedRoots = new Map(
      [...doc.querySelectorAll('.case > *')].map((host) => [host, [...host.shadowRoot!.children]]),
    );
    await hydrate(page);
    // A person's presses stay on this page: links and submits are stopped once they arrive.
    const clicked: EventTarget[][] = [];
    doc.addEventListener(
      'click',
      (event) => {
        if (!event.isTrusted) return;
        const path = event.composedPath();
        clicked.push(path);
        if (
          path.some((node) => (node as Node).nodeType === 1 && (node as Element).matches('a[href]'))
        )
          event.preventDefault();
      },
      true,
    );
    doc.addEventListener('submit', (event) => event.preventDefault(), true);
    let exited = false;
    doc.addEventListener('plaza-exit', () => (exited = true));

    const cases = [...doc.querySelectorAll<HTMLElement>('.case')].sort(
      (a, b) =>
        Number(LEAVES_PAGE.includes(a.dataset.case!)) -
        Number(LEAVES_PAGE.includes(b.dataset.case!)),
    );
    const results: string[] = [];
    const failures: string[] = [];
    for (const section of cases) {
      const name = section.dataset.case!;
      const host = section.firstElementChild!;
      const target = firstInteractive(host);
      if (!target) {
        results.push(`${name}: nothing to press`);
        continue;
      }
      const served = servedRoots.get(host)!;
      if (served.some((node) => node === target || node.contains(target)))
        failures.push(`${name}: the part pressed is still the server's markup`);
      // Elements of the page's own realm: `instanceof` this window's classes would be false.
      const input = target.localName === 'input' ? (target as HTMLInputElement) : null;
      const part = `<${target.localName}${input ? ` type=${input.type}` : ''}>`;
      const clicks = clicked.length;
      await clickOn(target);
      const reached = clicked.slice(clicks).some((path) => path.includes(target));
      let effect = '';
      if (name === 'plaza-exit-this-page') {
        effect = exited ? 'left the page' : '';
      } else if (input && /^(radio|checkbox)$/.test(input.type)) {
        effect = input.checked ? 'checked' : '';
      } else if (input?.type === 'file') {
        effect = reached ? 'pressed' : '';
      } else if (input || target.localName === 'textarea') {
        await sendKeys({ type: '7' });
        effect = (target as HTMLInputElement).value.endsWith('7') ? 'took typing' : '';
      } else if (target.localName === 'summary') {
        effect = (target.parentElement as HTMLDetailsElement).open ? 'opened' : '';
      } else if (target.localName === 'select') {
        await sendKeys({ press: 'Escape' });
        effect = deepActive(doc) === target ? 'focused' : '';
      } else {
        effect = reached ? 'pressed' : '';
      }
      if (!reached && name !== 'plaza-exit-this-page')
        failures.push(`${name}: the click never reached ${part}`);
      if (!effect) failures.push(`${name}: ${part} did not respond`);
      results.push(`${name}: ${part} ${effect || 'NO RESPONSE'}`);
    }
    console.log(`Hydrated elements pressed:\n  ${results.join('\n  ')}`);
    expect(page.errors, 'errors in the page').to.deep.equal([]);
    expect(failures, 'elements that did not answer a person').to.deep.equal([]);
    expect(results.filter((r) => !r.endsWith('nothing to press')).length).to.be.greaterThan(25);
  });
});

/**
 * Server rendering: every element as Lit's server renders it (scripts/ssr/render.mjs, served by
 * scripts/ssr-page-plugin.mjs) shows its words before any script runs, in the page's language,
 * then hydrates in the browser without errors, without changing its words or its box, and without
 * layout shift; a control hydrated that way still takes a resident's typing.
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { clickOn } from '../support/person.js';
import {
  closeServedPages,
  hydrate,
  openServedPage,
  readCases,
  renderFreshCopies,
  type CaseView,
} from './served-page.js';

afterEach(closeServedPages);

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
      const grown: string[] = [];
      after.forEach((view, index) => {
        const missing = view.expected.filter((expected) => !view.text.includes(expected));
        if (missing.length) changed.push(`${view.name}: missing ${missing.join(', ')}`);
        const was = before[index]!;
        if (view.lightDom) {
          // Drawn from children the server cannot see: they grow. Logged for the record (0077).
          grown.push(`${view.name}: ${was.box.height} -> ${view.box.height} px high`);
          return;
        }
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
      console.log(`Light-DOM-driven elements (${lang}):\n  ${grown.join('\n  ')}`);
      expect(changed, 'elements that changed when they hydrated').to.deep.equal([]);
      const shift = page.shifts.filter((s) => s.counted).reduce((sum, s) => sum + s.value, 0);
      expect(shift, 'layout shift outside light-DOM-driven elements').to.equal(0);

      // What hydration leaves is what the browser draws without a server: nothing stale or
      // doubled from the server's markup (Lit's hydration of a list the server drew empty does).
      const fresh = await renderFreshCopies(page.doc);
      const differs = fresh.flatMap((view, index) => {
        const hydrated = after[index]!;
        const size = (v: CaseView) => `${v.box.width}x${v.box.height}`;
        return view.text === hydrated.text && size(view) === size(hydrated)
          ? []
          : [
              `${view.name}: hydrated ${size(hydrated)} "${hydrated.text}", fresh ${size(view)} "${view.text}"`,
            ];
      });
      expect(differs, 'hydrated elements that differ from a fresh render').to.deep.equal([]);
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

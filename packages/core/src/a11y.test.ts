import { expect, fixtureSync, html } from '@open-wc/testing';
import { announce, focusWithContext, isKeyboardFocusable, uniqueId } from './a11y.js';

describe('a11y helpers', () => {
  it('makes unique ids', () => {
    const ids = new Set(Array.from({ length: 100 }, () => uniqueId('field')));
    expect(ids.size).to.equal(100);
    expect([...ids][0]).to.match(/^field-\d+$/);
  });

  it('announces through polite and assertive live regions in the light DOM', async () => {
    await announce('3 results found');
    const polite = document.querySelector('[data-plaza-announcer] [aria-live="polite"]')!;
    expect(polite.getAttribute('role')).to.equal('status');
    expect(polite.textContent).to.equal('3 results found');
    await announce('Your session will end in 2 minutes', { politeness: 'assertive' });
    const assertive = document.querySelector('[data-plaza-announcer] [aria-live="assertive"]')!;
    expect(assertive.textContent).to.equal('Your session will end in 2 minutes');
    expect(document.querySelectorAll('[data-plaza-announcer]').length).to.equal(1);
  });

  it('empties the region first, so the same sentence is announced again', async () => {
    await announce('Saved');
    const polite = document.querySelector('[data-plaza-announcer] [aria-live="polite"]')!;
    const pending = announce('Saved');
    expect(polite.textContent).to.equal('');
    await pending;
    expect(polite.textContent).to.equal('Saved');
  });

  it('focuses a field and scrolls its label into view', async () => {
    const page = fixtureSync<HTMLElement>(
      html`<div>
        <div style="height: 3000px"></div>
        <label for="f">Question</label>
        <div style="height: 200px"></div>
        <input id="f" />
        <div style="height: 3000px"></div>
      </div>`,
    );
    const input = page.querySelector('input')!;
    const label = page.querySelector('label')!;
    focusWithContext(input, label);
    expect(document.activeElement).to.equal(input);
    const top = label.getBoundingClientRect().top;
    expect(top).to.be.within(-1, 1);
  });

  it('tells which elements the keyboard can reach', async () => {
    const page = fixtureSync<HTMLElement>(
      html`<div>
        <button id="a">A</button>
        <button id="b" disabled>B</button>
        <a id="c" href="#x">C</a>
        <div id="e" tabindex="-1">E</div>
        <input id="f" hidden />
        <div inert><button id="g">G</button></div>
      </div>`,
    );
    const linkWithoutHref = document.createElement('a');
    linkWithoutHref.id = 'd';
    linkWithoutHref.textContent = 'D';
    page.append(linkWithoutHref);
    const reachable = ['a', 'b', 'c', 'd', 'e', 'f', 'g'].filter((id) =>
      isKeyboardFocusable(page.querySelector(`#${id}`)!),
    );
    expect(reachable).to.deep.equal(['a', 'c']);
  });
});

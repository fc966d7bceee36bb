// Share links read back: a page opened with a shared fragment shows the shared statuses as a
// snapshot, and refuses another rule-set version or malformed, hostile input with a message.
import { expect, html } from '@open-wc/testing';
import { waitUntil } from '../../test/support/wait.js';
import { examplePrograms } from '@plaza/example-programs';
import './plaza-screener.js';
import type { PlazaScreener } from './screener.js';
import { readShareFragment, shareFragment } from './screener-share.js';
import { mount, settled } from '../../test/support/mount.js';
import { findByRole } from '../../test/support/accessibility-tree.js';
import { accessibleInEveryState } from '../../test/support/accessible-states.js';
import { press } from '../../test/support/keyboard.js';

const VERSION = examplePrograms.version;
const IDS = examplePrograms.programs.map((program) => program.id);

async function openWith(hash: string): Promise<PlazaScreener> {
  history.replaceState(null, '', `${location.pathname}${location.search}${hash}`);
  const wrapper = await mount(
    html`<main lang="en">
      <plaza-screener
        .ruleSet=${examplePrograms}
        as-of="2026-02-01"
        storage="memory"
      ></plaza-screener>
    </main>`,
  );
  const screener = wrapper.querySelector('plaza-screener') as PlazaScreener;
  await settled(screener);
  return screener;
}

const text = (screener: PlazaScreener) =>
  screener.shadowRoot!.textContent!.replace(/\s+/g, ' ').trim();

afterEach(() => history.replaceState(null, '', `${location.pathname}${location.search}`));

describe('share links read back', () => {
  it('reads back exactly what a share link holds', () => {
    const programs = [
      { id: 'snap', status: 'likely' as const },
      { id: 'wic', status: 'unlikely' as const },
    ];
    expect(readShareFragment(shareFragment(VERSION, programs), VERSION, IDS)).to.deep.equal({
      programs,
    });
    expect(readShareFragment('#main', VERSION, IDS), 'not a share link').to.equal(undefined);
  });

  it('refuses another rule-set version, and malformed or hostile fragments', () => {
    const other = shareFragment('9.9.9', [{ id: 'snap', status: 'likely' }]);
    expect(readShareFragment(other, VERSION, IDS)).to.deep.equal({ error: 'version' });
    for (const hostile of [
      `#plaza-results?v=${VERSION}`,
      `#plaza-results?v=${VERSION}&snap=yes`,
      `#plaza-results?v=${VERSION}&__proto__=likely`,
      `#plaza-results?v=${VERSION}&snap=likely&snap=maybe`,
      `#plaza-results?v=${VERSION}&v=${VERSION}&snap=likely`,
      `#plaza-results?v=${VERSION}&snap=likely&income=2100`,
      `#plaza-results?v=${VERSION}&${'snap=likely&'.repeat(400)}`,
      '#plaza-results?snap=likely',
    ])
      expect(readShareFragment(hostile, VERSION, IDS), hostile.slice(0, 60)).to.deep.equal({
        error: 'malformed',
      });
  });

  it('shows shared statuses as a snapshot, then lets the resident check for themselves', async () => {
    const screener = await openWith(
      shareFragment(VERSION, [
        { id: 'snap', status: 'likely' },
        { id: 'wic', status: 'maybe' },
      ]),
    );
    await waitUntil(() => text(screener).includes('a snapshot'), 'no snapshot note');
    const results = screener.shadowRoot!.querySelector('plaza-eligibility-results')!;
    await settled(results);
    const cards = [...results.shadowRoot!.querySelectorAll('.program')].map((card) =>
      card.getAttribute('aria-label'),
    );
    expect(cards).to.have.length(2);
    expect(results.shadowRoot!.querySelector('.ask'), 'no questions offered').to.equal(null);
    await press('Answer the questions');
    await findByRole('heading', 'Where do you live?');
  });

  it('says why a link from another version of the rules is not shown', async () => {
    const screener = await openWith(shareFragment('0.0.1-old', [{ id: 'snap', status: 'likely' }]));
    await waitUntil(
      () => screener.shadowRoot!.querySelector('[role="alert"]') !== null,
      'no alert',
    );
    expect(text(screener)).to.contain('another version of these rules');
    expect(screener.shadowRoot!.querySelector('plaza-eligibility-results')).to.equal(null);
  });

  it('says a malformed link cannot be shown', async () => {
    const screener = await openWith(`#plaza-results?v=${VERSION}&snap=<img src=x>`);
    await waitUntil(
      () => screener.shadowRoot!.querySelector('[role="alert"]') !== null,
      'no alert',
    );
    expect(text(screener)).to.contain('not complete or not valid');
  });

  describe('accessibility', () => {
    // The snapshot view itself, with its results rendered, and the refused link's message.
    const settledView = async (hash: string) => {
      const screener = await openWith(hash);
      for (const element of screener.shadowRoot!.querySelectorAll('*')) await settled(element);
      return screener;
    };
    accessibleInEveryState({
      'shared snapshot': () =>
        settledView(
          shareFragment(VERSION, [
            { id: 'snap', status: 'likely' },
            { id: 'wic', status: 'maybe' },
            { id: 'lifeline', status: 'unlikely' },
          ]),
        ),
      'refused share link': () =>
        settledView(shareFragment('0.0.1-old', [{ id: 'snap', status: 'likely' }])),
    });
  });
});

/**
 * What each storage setting leaves in the browser, read straight from `sessionStorage` and
 * `localStorage` after a real journey: the session default, memory, and the opt-in local storage
 * with its expiry and without sensitive answers unless the agency opts in.
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { PlazaScreener } from './screener.js';
import { findByRole } from '../../test/support/accessibility-tree.js';
import { named, press, tabTo } from '../../test/support/keyboard.js';
import {
  KEY,
  chooseAnswer,
  declineAll,
  heading,
  mountScreener,
  waitForHeading,
} from '../../test/support/screener.js';
import { waitUntil } from '../../test/support/wait.js';

const DAY = 24 * 60 * 60 * 1000;

/** Ohio, "No" to "Do you have Medicare?" (a sensitive question), "I don't know" to the rest. */
async function answer(settings: Parameters<typeof mountScreener>[0]): Promise<PlazaScreener> {
  const screener = await mountScreener({ programs: 'medicaid-adult', ...settings });
  await tabTo(named('answer'), 'the state');
  await sendKeys({ type: 'Ohio' });
  await press('Continue');
  let medicare = false;
  await declineAll(screener, async (text) => {
    if (!text.includes('Medicare')) return false;
    await chooseAnswer(1);
    medicare = true;
    return true;
  });
  expect(medicare, 'the journey answers the sensitive Medicare question').to.equal(true);
  return screener;
}

interface Saved {
  expiresAt: number;
  state: { answers: Record<string, unknown>; declined: string[]; asked: string[] };
}

const local = (): Saved | null => JSON.parse(localStorage.getItem(KEY) ?? 'null') as Saved | null;

beforeEach(() => {
  sessionStorage.clear();
  localStorage.clear();
});

describe('<plaza-screener> storage settings', () => {
  it('session (default): everything in sessionStorage, nothing in localStorage', async () => {
    await answer({});
    const saved = JSON.parse(sessionStorage.getItem(KEY)!) as Saved['state'];
    expect(saved.answers).to.deep.include({ residence: { state: 'OH' }, hasMedicare: false });
    expect(localStorage.length).to.equal(0);
  });

  it('memory: nothing in either storage', async () => {
    await answer({ storage: 'memory' });
    expect(sessionStorage.length).to.equal(0);
    expect(localStorage.length).to.equal(0);
  });

  it('local: in localStorage with its expiry, without the sensitive answer', async () => {
    const before = Date.now();
    await answer({ storage: 'local', keepDays: 3 });
    const saved = local()!;
    expect(saved.state.answers).to.deep.equal({ residence: { state: 'OH' } });
    expect(saved.state.asked).to.include('residence');
    expect(saved.state.asked).not.to.include('hasMedicare');
    expect(JSON.stringify(saved)).not.to.contain('Medicare');
    expect(saved.expiresAt).to.be.within(before + 3 * DAY, Date.now() + 3 * DAY);
    expect(sessionStorage.length).to.equal(0);
  });

  it('local with keep-sensitive: the sensitive answer is kept too', async () => {
    await answer({ storage: 'local', keepSensitive: true });
    expect(local()!.state.answers).to.deep.equal({
      residence: { state: 'OH' },
      hasMedicare: false,
    });
  });

  it('local: comes back after a reload, until it expires', async () => {
    const state = { answers: { residence: { state: 'OH' } }, declined: [], asked: ['residence'] };
    const save = (expiresAt: number) =>
      localStorage.setItem(KEY, JSON.stringify({ expiresAt, state }));
    save(Date.now() + DAY);
    const resumed = await mountScreener({ storage: 'local', programs: 'medicaid-adult' });
    expect(await heading(resumed)).not.to.equal('Where do you live?');
    resumed.remove();
    save(Date.now() - 1);
    const expired = await mountScreener({ storage: 'local', programs: 'medicaid-adult' });
    await waitForHeading(expired, 'Where do you live?');
    expect(localStorage.getItem(KEY), 'an expired save is removed').to.equal(null);
  });

  it('drops a save holding an answer the rules cannot read, and starts afresh', async () => {
    const state = { answers: { residence: 'OH' }, declined: [], asked: ['residence'] };
    sessionStorage.setItem(KEY, JSON.stringify(state));
    const screener = await mountScreener({ programs: 'medicaid-adult' });
    await waitForHeading(screener, 'Where do you live?');
  });

  it('"Clear my answers" empties localStorage', async () => {
    const screener = await answer({ storage: 'local' });
    expect(local()).not.to.equal(null);
    await press('Clear my answers');
    await waitForHeading(screener, 'Where do you live?');
    await waitUntil(() => localStorage.getItem(KEY) === null, 'the save is still there');
    await findByRole('heading', 'Where do you live?');
  });
});

/**
 * No answer leaves the page: every request the page makes is watched (resource timing sees
 * fetch, XHR, beacons, images and scripts alike), and so are the URL, storage and the console.
 * Then what each storage setting leaves in the browser, read straight from `sessionStorage` and
 * `localStorage` after a real journey: the session default, memory, and the opt-in local storage
 * with its expiry and without sensitive answers unless the agency opts in. Both live in one file
 * because test files run two at a time on one origin, which shares one `localStorage`.
 */
import { expect, html } from '@open-wc/testing';
import { waitUntil } from '../../test/support/wait.js';
import { sendKeys } from '@web/test-runner-commands';
import { examplePrograms } from '@plaza/example-programs';
import './plaza-screener.js';
import type { PlazaScreener } from './screener.js';
import { mount, settled } from '../../test/support/mount.js';
import { named, press, tabTo } from '../../test/support/keyboard.js';
import { findByRole } from '../../test/support/accessibility-tree.js';
import {
  KEY,
  chooseAnswer,
  declineAll,
  heading,
  mountScreener,
  waitForHeading,
} from '../../test/support/screener.js';

/** Answers no other text on the page could contain by chance. */
const INCOME = '4321';
const PEOPLE = '7';

function watchRequests(): { urls: string[]; stop: () => void } {
  const urls: string[] = [];
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) urls.push(entry.name);
  });
  observer.observe({ type: 'resource', buffered: false });
  return { urls, stop: () => observer.disconnect() };
}

function watchConsole(): { lines: string[]; stop: () => void } {
  const lines: string[] = [];
  const methods = ['log', 'info', 'warn', 'error', 'debug'] as const;
  const saved = methods.map((method) => console[method]);
  for (const method of methods)
    console[method] = (...args: unknown[]) => lines.push(args.map(String).join(' '));
  return {
    lines,
    stop: () => methods.forEach((method, index) => (console[method] = saved[index])),
  };
}

const headingText = (screener: PlazaScreener): string =>
  [...(screener.shadowRoot as ShadowRoot).querySelectorAll('*')]
    .flatMap((element) => [element, ...(element.shadowRoot?.querySelectorAll('h1') ?? [])])
    .find((element) => element.tagName === 'H1')
    ?.textContent?.trim() ?? '';

async function answerSome(screener: PlazaScreener): Promise<void> {
  // Ohio, seven people, $4,321 a month, then "I don't know" to the rest.
  await tabTo(named('answer'), 'the state');
  await sendKeys({ type: 'Ohio' });
  await press('Continue');
  for (let page = 0; page < 60; page += 1) {
    await settled(screener);
    const text = headingText(screener);
    if (text === 'Check your answers') return;
    if (text.includes('household') && !text.includes('get')) {
      await tabTo(named('answer'), 'people');
      await sendKeys({ type: PEOPLE });
      await sendKeys({ press: 'Enter' });
    } else if (text.includes('How much money')) {
      await tabTo(named('answer'), 'income');
      await sendKeys({ type: INCOME });
      await sendKeys({ press: 'Enter' });
    } else {
      const decline = (screener.shadowRoot as ShadowRoot).querySelector('button.secondary')!;
      await tabTo((element) => element === decline, 'decline');
      await sendKeys({ press: 'Enter' });
    }
    await waitUntil(() => headingText(screener) !== text, `stuck on ${text}`);
  }
}

async function run(storage: 'session' | 'memory' | 'local') {
  sessionStorage.clear();
  localStorage.clear();
  const url = location.href;
  const requests = watchRequests();
  const logged = watchConsole();
  try {
    const wrapper = await mount(
      html`<main>
        <plaza-screener
          .ruleSet=${examplePrograms}
          as-of="2026-02-01"
          storage=${storage}
        ></plaza-screener>
      </main>`,
    );
    const screener = wrapper.querySelector('plaza-screener') as PlazaScreener;
    await settled(screener);
    await answerSome(screener);
    await press('See your results');
    await settled(screener);
    const share = (screener.shadowRoot as ShadowRoot).querySelector<HTMLAnchorElement>('.share a')!;
    // Let any late request show up in resource timing before looking.
    await new Promise((resolve) => setTimeout(resolve, 0));
    return { screener, share, url, requests: [...requests.urls], lines: [...logged.lines] };
  } finally {
    requests.stop();
    logged.stop();
  }
}

describe('<plaza-screener> privacy', () => {
  for (const storage of ['session', 'local'] as const)
    it(`sends no request carrying an answer, logs none, keeps the URL (storage="${storage}")`, async () => {
      const { requests, lines, url } = await run(storage);
      for (const request of requests) {
        expect(request).not.to.contain(INCOME);
        expect(new URL(request).search, request).not.to.match(/answers|income|residence/i);
      }
      expect(lines.join('\n')).not.to.contain(INCOME);
      expect(location.href).to.equal(url);
    });

  it('stores answers only in sessionStorage by default, never in localStorage', async () => {
    await run('session');
    const saved = Object.keys(sessionStorage).map((key) => sessionStorage.getItem(key) ?? '');
    expect(saved.join()).to.contain(INCOME);
    expect(
      Object.keys(localStorage)
        .map((key) => localStorage.getItem(key))
        .join(),
    ).not.to.contain(INCOME);
  });

  it('stores nothing at all with storage="memory"', async () => {
    await run('memory');
    expect(sessionStorage.length).to.equal(0);
    expect(localStorage.length).to.equal(0);
  });

  it('shares only program ids, statuses and the rule-set version, in the fragment', async () => {
    const { share } = await run('memory');
    const link = new URL(share.href);
    expect(link.search).to.equal(location.search);
    const params = new URLSearchParams(link.hash.replace(/^#plaza-results\?/, ''));
    const ids = new Set(examplePrograms.programs.map((program) => program.id));
    for (const [name, value] of params) {
      if (name === 'v') expect(value).to.equal(examplePrograms.version);
      else {
        expect(ids.has(name), name).to.equal(true);
        expect(['likely', 'maybe', 'unlikely']).to.include(value);
      }
    }
    expect(link.hash).not.to.contain(INCOME);
    expect(link.hash).not.to.contain('OH');
  });

  it('can fail: an answer put in a request is seen', async () => {
    const requests = watchRequests();
    await fetch(`/?income=${INCOME}`).catch(() => undefined);
    await waitUntil(() => requests.urls.some((request) => request.includes(INCOME)));
    requests.stop();
  });
});

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

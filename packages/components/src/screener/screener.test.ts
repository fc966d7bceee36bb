import { expect, html } from '@open-wc/testing';
import { waitUntil } from '../../test/support/wait.js';
import { sendKeys } from '@web/test-runner-commands';
import { examplePrograms } from '@plaza/example-programs';
import './plaza-screener.js';
import type { PlazaScreener } from './screener.js';
import { mount, settled } from '../../test/support/mount.js';
import { findByRole } from '../../test/support/accessibility-tree.js';
import { accessibleInEveryState } from '../../test/support/accessible-states.js';
import { focusedControl, named, press, tabTo } from '../../test/support/keyboard.js';

const AS_OF = '2026-02-01';
const KEY = `plaza-screener:${examplePrograms.id}@${examplePrograms.version}`;

async function mountScreener(
  attributes: { programs?: string; storage?: string; lang?: string } = {},
): Promise<PlazaScreener> {
  const wrapper = await mount(
    html`<main lang=${attributes.lang ?? 'en'}>
      <plaza-screener
        .ruleSet=${examplePrograms}
        as-of=${AS_OF}
        programs=${attributes.programs ?? ''}
        storage=${attributes.storage ?? 'session'}
      ></plaza-screener>
    </main>`,
  );
  const screener = wrapper.querySelector('plaza-screener') as PlazaScreener;
  await settled(screener);
  return screener;
}

const root = (screener: PlazaScreener) => screener.shadowRoot as ShadowRoot;
const heading = async (screener: PlazaScreener): Promise<string> => {
  await settled(root(screener).firstElementChild ?? screener);
  for (const element of root(screener).querySelectorAll('*')) await settled(element);
  const h1 = [...root(screener).querySelectorAll('*')]
    .flatMap((element) => [element, ...(element.shadowRoot?.querySelectorAll('h1') ?? [])])
    .find((element) => element.tagName === 'H1');
  return h1?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
};

/** Types an answer into the question's control and presses Enter, as a resident does. */
async function typeAnswer(text: string): Promise<void> {
  await tabTo(named('answer'), 'the answer');
  await sendKeys({ type: text });
  await sendKeys({ press: 'Enter' });
}

/** Chooses the radio at `position` and continues. */
async function chooseAnswer(position: number): Promise<void> {
  await tabTo(named('answer'), 'the answer');
  await sendKeys({ press: 'Space' });
  for (let step = 0; step < position; step += 1) await sendKeys({ press: 'ArrowDown' });
  await press('Continue');
}

/** "I don't know", or "Prefer not to say" on a sensitive question. */
async function decline(screener: PlazaScreener): Promise<void> {
  const button = root(screener).querySelector('button.secondary')!;
  await tabTo((element) => element === button, 'the decline button');
  await sendKeys({ press: 'Enter' });
}

/** Declines every question until the check-answers page. */
async function declineAll(screener: PlazaScreener, except?: (text: string) => Promise<boolean>) {
  for (let page = 0; page < 30; page += 1) {
    const text = await heading(screener);
    if (text === 'Check your answers') return;
    if (!(except && (await except(text)))) await decline(screener);
    await waitUntil(async () => (await heading(screener)) !== text, `stuck on "${text}"`);
  }
}

async function waitForHeading(screener: PlazaScreener, text: string): Promise<void> {
  await waitUntil(async () => (await heading(screener)).includes(text), `no heading "${text}"`);
}

beforeEach(() => sessionStorage.clear());

describe('<plaza-screener>', () => {
  it('asks the question as the page heading, with an honest count of what is left', async () => {
    const screener = await mountScreener();
    await findByRole('heading', 'Where do you live?');
    const progress = root(screener).querySelector('[part="progress"]')!.textContent!.trim();
    expect(progress).to.match(/^About \d+ questions left$/);
  });

  it('goes from the first question to grouped results, keyboard only', async () => {
    const screener = await mountScreener({ programs: 'medicaid-adult' });
    await tabTo(named('answer'), 'the state');
    await sendKeys({ type: 'Ohio' });
    await press('Continue');
    const asked: string[] = [];
    for (let page = 0; page < 12; page += 1) {
      const text = await heading(screener);
      if (text === 'Check your answers') break;
      asked.push(text);
      if (text.includes('date of birth')) {
        // Month first, as US residents write dates (the date input's order for en-US).
        await tabTo(named('answer'), 'the date');
        await sendKeys({ type: '8' });
        await sendKeys({ press: 'Tab' });
        await sendKeys({ type: '20' });
        await sendKeys({ press: 'Tab' });
        await sendKeys({ type: '1990' });
        await press('Continue');
      } else if (text.includes('Medicare')) await chooseAnswer(1);
      else if (text.includes('household')) await typeAnswer('1');
      else await typeAnswer('1700');
      await waitUntil(async () => (await heading(screener)) !== text, `stuck on "${text}"`);
    }
    expect(asked.length).to.be.lessThan(examplePrograms.facts.length);
    await press('See your results');
    await findByRole('heading', 'You are likely to qualify (1 program)');
    expect(focusedControl()?.tagName).to.equal('PLAZA-ELIGIBILITY-RESULTS');
  });

  it('keeps "I don\'t know" answers unknown: results stay "maybe", never "unlikely"', async () => {
    const screener = await mountScreener({ programs: 'snap lifeline' });
    await declineAll(screener);
    await press('See your results');
    await findByRole('heading', 'We need more information (2 programs)');
    expect(root(screener).textContent).not.to.contain('unlikely');
  });

  it('offers "Prefer not to say" on sensitive questions', async () => {
    const screener = await mountScreener({ programs: 'medicaid-adult' });
    await tabTo(named('answer'), 'the state');
    await sendKeys({ type: 'Ohio' });
    await press('Continue');
    for (let page = 0; page < 6; page += 1) {
      const text = await heading(screener);
      if (text.includes('Medicare')) break;
      await decline(screener);
      await waitUntil(async () => (await heading(screener)) !== text);
    }
    const buttons = [...root(screener).querySelectorAll('button')].map((b) =>
      b.textContent!.trim(),
    );
    expect(buttons).to.include('Prefer not to say');
  });

  it('keeps an answer that no longer matters, marked as not used, after a change', async () => {
    const screener = await mountScreener({ programs: 'medicaid-adult' });
    await tabTo(named('answer'), 'the state');
    await sendKeys({ type: 'Ohio' });
    await press('Continue');
    await declineAll(screener, async (text) => {
      if (!text.includes('Medicare')) return false;
      await chooseAnswer(1);
      return true;
    });
    expect(root(screener).textContent).not.to.contain('Not used');
    // Change the state to Texas (not an expansion state): every other answer stops mattering.
    const change = [...root(screener).querySelectorAll('button')].find((button) =>
      button.getAttribute('aria-label')?.includes('Where do you live?'),
    )!;
    await tabTo((element) => element === change, 'Change state');
    await sendKeys({ press: 'Enter' });
    await waitForHeading(screener, 'Where do you live?');
    await tabTo(named('answer'), 'the state');
    await sendKeys({ type: 'Texas' });
    await press('Continue');
    await waitForHeading(screener, 'Check your answers');
    const rows = [...root(screener).querySelectorAll('.row')].map((row) => row.textContent!);
    const medicare = rows.find((row) => row.includes('Medicare'))!;
    expect(medicare).to.contain('No');
    expect(medicare).to.contain('Not used: this answer no longer changes your results');
    expect(rows.find((row) => row.includes('Where do you live?'))).not.to.contain('Not used');
  });

  it('answers "Answer N more questions" and comes back to the results', async () => {
    const screener = await mountScreener({ programs: 'medicaid-adult' });
    await declineAll(screener);
    await press('See your results');
    await findByRole('heading', 'Your results');
    await tabTo(
      (element) => element.textContent?.trim().startsWith('Answer ') ?? false,
      'Answer N more questions',
    );
    await sendKeys({ press: 'Enter' });
    await waitForHeading(screener, 'Where do you live?');
    await tabTo(named('answer'), 'the state');
    await sendKeys({ type: 'Texas' });
    await press('Continue');
    // Texas did not expand Medicaid: nothing else can change the result, so back to the results.
    await findByRole('heading', 'You are unlikely to qualify (1 program)');
  });

  it('clears the answers, in storage too', async () => {
    const screener = await mountScreener();
    await tabTo(named('answer'), 'the state');
    await sendKeys({ type: 'Ohio' });
    await press('Continue');
    await waitUntil(() => sessionStorage.getItem(KEY)?.includes('OH'));
    await press('Clear my answers');
    await waitForHeading(screener, 'Where do you live?');
    expect(sessionStorage.getItem(KEY)).to.equal(null);
  });

  it('asks in Spanish', async () => {
    await mountScreener({ lang: 'es' });
    await findByRole('heading', '¿Dónde vive?');
  });

  describe('accessibility', () => {
    accessibleInEveryState({
      'first question': () => mountScreener(),
      'Spanish question': () => mountScreener({ lang: 'es' }),
      'check answers': async () => {
        const screener = await mountScreener({ programs: 'medicaid-adult' });
        await declineAll(screener);
        return screener;
      },
      results: async () => {
        const screener = await mountScreener({ programs: 'medicaid-adult' });
        await declineAll(screener);
        await press('See your results');
        await findByRole('heading', 'Your results');
        return screener;
      },
    });
  });
});

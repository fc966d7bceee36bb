import { expect } from '@open-wc/testing';
import { waitUntil } from '../../test/support/wait.js';
import { sendKeys } from '@web/test-runner-commands';
import { examplePrograms } from '@plaza/example-programs';
import './plaza-screener.js';
import type { PlazaScreener } from './screener.js';
import { findByRole } from '../../test/support/accessibility-tree.js';
import { accessibleInEveryState } from '../../test/support/accessible-states.js';
import { focusedControl, named, press, tabTo } from '../../test/support/keyboard.js';
import {
  KEY,
  chooseAnswer,
  decline,
  declineAll,
  heading,
  mountScreener,
  root,
  typeAnswer,
  waitForHeading,
} from '../../test/support/screener.js';

beforeEach(() => sessionStorage.clear());

/** Ohio, then "I don't know" until the question whose heading has `words`. */
async function reachQuestion(words: string): Promise<PlazaScreener> {
  const screener = await mountScreener({ programs: 'medicaid-adult' });
  await tabTo(named('answer'), 'the state');
  await sendKeys({ type: 'Ohio' });
  await press('Continue');
  for (let page = 0; page < 12; page += 1) {
    const text = await heading(screener);
    if (text.includes(words)) return screener;
    await decline(screener);
    await waitUntil(async () => (await heading(screener)) !== text, `stuck on "${text}"`);
  }
  throw new Error(`no question with "${words}"`);
}

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
      ...Object.fromEntries(
        // One page of each kind of question the journey reaches: a number, a yes/no, a date.
        [
          ['household size question', 'household'],
          ['yes/no question', 'Medicare'],
          ['date question', 'date of birth'],
        ].map(([name, words]) => [name, () => reachQuestion(words)]),
      ),
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

/**
 * The household's people on the check-answers page: add another person (their questions are
 * asked), remove a person after a confirmation (or keep them), and the results follow.
 * WIC in Ohio at $3,000 a month: over the limit for one adult, likely with a child under 5.
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { PlazaScreener } from './screener.js';
import { findByRole } from '../../test/support/accessibility-tree.js';
import { accessibleInEveryState } from '../../test/support/accessible-states.js';
import { named, press, tabTo } from '../../test/support/keyboard.js';
import {
  chooseAnswer,
  decline,
  heading,
  mountScreener,
  root,
  typeAnswer,
  waitForHeading,
} from '../../test/support/screener.js';
import { waitUntil } from '../../test/support/wait.js';

/** Answers each page until Check your answers: `dates` gives the dates of birth to type. */
async function answerUntilCheck(screener: PlazaScreener, dates: string[] = []): Promise<string[]> {
  const asked: string[] = [];
  for (let page = 0; page < 20; page += 1) {
    const text = await heading(screener);
    if (text === 'Check your answers') return asked;
    asked.push(text);
    if (text.includes('Where do you live')) {
      // A list of states: typing picks one, and Enter does not submit a select.
      await tabTo(named('answer'), 'the state');
      await sendKeys({ type: 'Ohio' });
      await press('Continue');
    } else if (text.includes('household') && !text.includes('get')) await typeAnswer('1');
    else if (text.includes('How much money')) await typeAnswer('3000');
    else if (text.includes('date of birth') && dates.length > 0) {
      const [month, day, year] = dates.shift()!.split('/');
      await tabTo(named('answer'), 'the date');
      for (const part of [month, day]) {
        await sendKeys({ type: part });
        await sendKeys({ press: 'Tab' });
      }
      await sendKeys({ type: year });
      await press('Continue');
    } else if (text.includes('date of birth')) await decline(screener);
    else await chooseAnswer(1);
    await waitUntil(async () => (await heading(screener)) !== text, `stuck on "${text}"`);
  }
  throw new Error('never reached Check your answers');
}

const householdRow = (screener: PlazaScreener) =>
  [...root(screener).querySelectorAll('.row')]
    .find((row) => row.textContent!.includes('Who lives in your household?'))!
    .querySelector('dd')!
    .textContent!.trim();

async function results(screener: PlazaScreener, expected: string): Promise<void> {
  await press('See your results');
  await findByRole('heading', expected);
  await press('Back');
  await waitForHeading(screener, 'Check your answers');
}

async function atCheckWithOnePerson(): Promise<PlazaScreener> {
  const screener = await mountScreener({ programs: 'wic', storage: 'memory' });
  await answerUntilCheck(screener);
  return screener;
}

describe('<plaza-screener> household members', () => {
  it('adds a person, asks about them, removes them after a yes; results follow', async () => {
    const screener = await atCheckWithOnePerson();
    expect(householdRow(screener)).to.equal('1');
    expect(root(screener).textContent).not.to.contain('Remove person', 'no removing the last');
    await results(screener, 'You are unlikely to qualify (1 program)');

    await press('Add another person');
    const asked = await answerUntilCheck(screener, ['06/01/2025']);
    expect(asked[0]).to.equal('What is the date of birth of person 2?');
    expect(householdRow(screener)).to.equal('2');
    await results(screener, 'You are likely to qualify (1 program)');

    await press('Remove person 2');
    await waitForHeading(screener, 'Remove person 2 from your household?');
    await press('Yes, remove person 2');
    await waitForHeading(screener, 'Check your answers');
    expect(householdRow(screener)).to.equal('1');
    expect(root(screener).textContent).not.to.contain('person 2');
    await results(screener, 'You are unlikely to qualify (1 program)');
  });

  it('keeps the person when the resident says no, and renumbers after a removal', async () => {
    const screener = await atCheckWithOnePerson();
    // An adult first (WIC stays open), then a child (WIC likely).
    await press('Add another person');
    await answerUntilCheck(screener, ['01/10/1980']);
    await press('Add another person');
    expect(await answerUntilCheck(screener, ['03/15/2024'])).to.include(
      'What is the date of birth of person 3?',
    );
    expect(householdRow(screener)).to.equal('3');
    await press('Remove person 2');
    await waitForHeading(screener, 'Remove person 2 from your household?');
    await press('No, keep them');
    await waitForHeading(screener, 'Check your answers');
    expect(householdRow(screener)).to.equal('3');
    await press('Remove person 2');
    await press('Yes, remove person 2');
    await waitForHeading(screener, 'Check your answers');
    // The person born in 2024 is person 2 now, with their own answer.
    const rows = [...root(screener).querySelectorAll('.row')].map((row) => row.textContent!);
    expect(rows.find((row) => row.includes('person 2?'))).to.contain('2024');
    expect(rows.some((row) => row.includes('person 3?'))).to.equal(false);
  });

  describe('accessibility', () => {
    accessibleInEveryState({
      'check answers with people': atCheckWithOnePerson,
      'remove confirmation': async () => {
        const screener = await atCheckWithOnePerson();
        await press('Add another person');
        await answerUntilCheck(screener, ['06/01/2025']);
        await press('Remove person 2');
        await waitForHeading(screener, 'Remove person 2 from your household?');
        return screener;
      },
    });
  });
});

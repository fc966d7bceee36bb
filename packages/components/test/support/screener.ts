/**
 * Driving `<plaza-screener>` as a resident does, for the screener's test files: mount it over the
 * example programs, read the page heading, answer, decline.
 */
import { html } from 'lit';
import { sendKeys } from '@web/test-runner-commands';
import { examplePrograms } from '@plaza/example-programs';
import '../../src/screener/plaza-screener.js';
import type { PlazaScreener } from '../../src/screener/screener.js';
import { mount, settled } from './mount.js';
import { named, press, tabTo } from './keyboard.js';
import { waitUntil } from './wait.js';

export const AS_OF = '2026-02-01';
export const KEY = `plaza-screener:${examplePrograms.id}@${examplePrograms.version}`;

export async function mountScreener(
  attributes: {
    programs?: string;
    storage?: string;
    lang?: string;
    keepDays?: number;
    keepSensitive?: boolean;
  } = {},
): Promise<PlazaScreener> {
  const wrapper = await mount(
    html`<main lang=${attributes.lang ?? 'en'}>
      <plaza-screener
        .ruleSet=${examplePrograms}
        as-of=${AS_OF}
        programs=${attributes.programs ?? ''}
        storage=${attributes.storage ?? 'session'}
        keep-days=${attributes.keepDays ?? 7}
        ?keep-sensitive=${attributes.keepSensitive ?? false}
      ></plaza-screener>
    </main>`,
  );
  const screener = wrapper.querySelector('plaza-screener') as PlazaScreener;
  await settled(screener);
  return screener;
}

export const root = (screener: PlazaScreener) => screener.shadowRoot as ShadowRoot;
export const heading = async (screener: PlazaScreener): Promise<string> => {
  await settled(root(screener).firstElementChild ?? screener);
  for (const element of root(screener).querySelectorAll('*')) await settled(element);
  const h1 = [...root(screener).querySelectorAll('*')]
    .flatMap((element) => [element, ...(element.shadowRoot?.querySelectorAll('h1') ?? [])])
    .find((element) => element.tagName === 'H1');
  return h1?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
};

/** Types an answer into the question's control and presses Enter, as a resident does. */
export async function typeAnswer(text: string): Promise<void> {
  await tabTo(named('answer'), 'the answer');
  await sendKeys({ type: text });
  await sendKeys({ press: 'Enter' });
}

/** Chooses the radio at `position` and continues. */
export async function chooseAnswer(position: number): Promise<void> {
  await tabTo(named('answer'), 'the answer');
  await sendKeys({ press: 'Space' });
  for (let step = 0; step < position; step += 1) await sendKeys({ press: 'ArrowDown' });
  await press('Continue');
}

/** "I don't know", or "Prefer not to say" on a sensitive question. */
export async function decline(screener: PlazaScreener): Promise<void> {
  const button = root(screener).querySelector('button.secondary')!;
  await tabTo((element) => element === button, 'the decline button');
  await sendKeys({ press: 'Enter' });
}

/** Declines every question until the check-answers page. */
export async function declineAll(
  screener: PlazaScreener,
  except?: (text: string) => Promise<boolean>,
) {
  for (let page = 0; page < 30; page += 1) {
    const text = await heading(screener);
    if (text === 'Check your answers') return;
    if (!(except && (await except(text)))) await decline(screener);
    await waitUntil(async () => (await heading(screener)) !== text, `stuck on "${text}"`);
  }
}

export async function waitForHeading(screener: PlazaScreener, text: string): Promise<void> {
  await waitUntil(async () => (await heading(screener)).includes(text), `no heading "${text}"`);
}

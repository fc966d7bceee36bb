/**
 * `<plaza-form-flow>` under the strict policy page (scripts/strict-policy-page.mjs): a definition
 * loaded, every page of the city example answered by keyboard, check your answers and sending,
 * with answers saved in the default sessionStorage store. Any `securitypolicyviolation` fails.
 */
import { expect } from '@open-wc/testing';
import { waitUntil } from './support/wait.js';
import { sendKeys } from '@web/test-runner-commands';
import { compileFlow } from '@plaza/flow';
import { parkingPermit } from '@plaza/flow/examples.js';
import type { FlowSubmitDetail, PlazaFormFlow } from '../src/form-flow/form-flow.js';
import { clickOn } from './support/person.js';
import { PATIENCE, openStrictPage, type StrictWindow } from './support/strict-page.js';

/** A home address typed part by part into the address question. */
const HOME = { line1: '12 Elm Street', city: 'Springfield', state: 'Illinois', zip: '62701' };

/** The focused element in the frame, inside shadow roots too, and its nearest Plaza element. */
function focusedIn(win: StrictWindow): Element[] {
  let active = win.document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  const found: Element[] = [];
  for (let node: Node | null = active; node;) {
    if (node instanceof win.Element) found.push(node);
    const root: Node = node.getRootNode();
    node = root instanceof win.ShadowRoot ? root.host : node.parentNode;
  }
  return found;
}

async function tabTo(win: StrictWindow, matches: (element: Element) => boolean, what: string) {
  for (let presses = 0; presses < 80; presses += 1) {
    if (focusedIn(win).some(matches)) return;
    await sendKeys({ press: 'Tab' });
  }
  throw new Error(`Tab never reached ${what}`);
}

const named = (name: string) => (element: Element) => element.getAttribute('name') === name;
const button = (text: string) => (element: Element) =>
  element.localName === 'plaza-button' && element.textContent?.trim() === text;

describe('<plaza-form-flow> under a strict Content-Security-Policy with Trusted Types', function () {
  // A whole application typed key by key in a frame takes longer than one check.
  this.timeout(120_000);

  it('loads a definition, goes through every page by keyboard and sends, with no violation', async () => {
    const win = await openStrictPage();
    const doc = win.document;
    win.sessionStorage.clear();
    const flow = doc.createElement('plaza-form-flow') as PlazaFormFlow;
    // Data from the frame's own realm, as a service's fetched JSON would be.
    flow.definition = win.JSON.parse(JSON.stringify(compileFlow(parkingPermit)));
    const sent = new Promise<FlowSubmitDetail>((resolve) =>
      flow.addEventListener('plaza-flow-submit', (event) =>
        resolve((event as CustomEvent<FlowSubmitDetail>).detail),
      ),
    );
    doc.body.append(flow);
    const heading = () => flow.querySelector('h1')?.textContent?.trim();
    const onPage = async (name: string) => {
      await waitUntil(() => heading() === name, `page "${name}" (on "${heading()}")`, PATIENCE);
      await waitUntil(() => doc.activeElement === flow.querySelector('h1'), 'focus', PATIENCE);
    };
    const fill = async (name: string, text: string) => {
      await tabTo(win, named(name), name);
      await sendKeys({ type: text });
    };
    const fillAddress = async (name: string, parts: Record<string, string>) => {
      await tabTo(win, named(name), name);
      for (const [id, text] of Object.entries(parts)) {
        await tabTo(win, (element) => element.id === id, `the ${id} part of ${name}`);
        await sendKeys({ type: text });
      }
    };
    const choose = async (name: string, position: number) => {
      await tabTo(win, named(name), name);
      await sendKeys({ press: 'Space' });
      for (let step = 0; step < position; step += 1) await sendKeys({ press: 'ArrowDown' });
    };
    const press = async (text: string) => {
      await tabTo(win, button(text), text);
      await sendKeys({ press: 'Enter' });
    };

    await waitUntil(() => heading() === 'Your name and email', 'the first page', PATIENCE);
    await clickOn(flow.querySelector('h1')!);
    await fill('fullName', 'Ana Flores');
    await fill('email', 'ana@example.com');
    await press('Continue');
    await onPage('Your home');
    expect(win.sessionStorage.length).to.equal(1, 'saved after the page');
    await fillAddress('homeAddress', HOME);
    await choose('ownOrRent', 0);
    await press('Continue');
    await onPage('Your vehicle');
    await fill('plate', '7ABC123');
    await press('Continue');
    await onPage('Type of permit');
    await choose('permitType', 0);
    await press('Continue');
    await onPage('Disabled parking');
    await choose('disabilityPlacard', 1);
    await press('Continue');
    await onPage('Check your answers before sending your application');
    await press('Accept and send');
    const { answers } = await sent;
    expect(answers).to.include({ fullName: 'Ana Flores', plate: '7ABC123', permitType: 'annual' });
    await onPage('Application sent');
    expect(win.plazaViolations).to.deep.equal([]);
  });
});

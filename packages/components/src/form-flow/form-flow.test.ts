import { expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { mount } from '../../test/support/mount.js';
import { accessibilityTree, findIn } from '../../test/support/accessibility-tree.js';
import { parkingPermit } from '../../test/support/flows.js';
import './plaza-form-flow.js';
import type { FlowSubmitDetail, PlazaFormFlow } from './form-flow.js';
import { memoryFlowStorage, type FlowStorage } from './storage.js';

/** The element with focus, inside shadow roots too. */
function focused(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** The focused element or the Plaza element whose shadow root holds it. */
function focusedHost(): Element | null {
  let node: Node | null = focused();
  while (node) {
    if (node instanceof Element && node.tagName.startsWith('PLAZA-')) return node;
    const root: Node = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return focused();
}

/** Presses Tab until `matches` is true of the focused element (or its Plaza host). */
async function tabTo(matches: (element: Element) => boolean, what: string) {
  for (let presses = 0; presses < 40; presses += 1) {
    const host = focusedHost();
    const active = focused();
    if ((host && matches(host)) || (active && matches(active))) return;
    await sendKeys({ press: 'Tab' });
  }
  throw new Error(`Tab never reached ${what}`);
}
const byText = (text: string) => (element: Element) => element.textContent?.trim() === text;
const byName = (name: string) => (element: Element) => element.getAttribute('name') === name;

async function settle(flow: PlazaFormFlow) {
  await flow.updateComplete;
  for (const element of flow.querySelectorAll('*')) {
    await (element as Partial<{ updateComplete: Promise<unknown> }>).updateComplete;
  }
}

async function mountFlow(storage: FlowStorage = memoryFlowStorage(), lang = 'en') {
  history.replaceState(null, '', location.pathname + location.search);
  const root = await mount<HTMLDivElement>(
    html`<div lang=${lang}>
      <plaza-form-flow .definition=${parkingPermit} .storage=${storage}></plaza-form-flow>
    </div>`,
  );
  const flow = root.querySelector('plaza-form-flow')!;
  await waitUntil(() => flow.querySelector('h1'), 'the first page renders');
  await settle(flow);
  return flow;
}

/** The heading of the page has focus, for the browser and in the accessibility tree. */
async function expectFocusOnHeading(flow: PlazaFormFlow, name: string) {
  await waitUntil(() => flow.querySelector('h1')?.textContent?.trim() === name, `page "${name}"`);
  await settle(flow);
  await waitUntil(() => document.activeElement === flow.querySelector('h1'), 'focus on heading');
  const tree = await accessibilityTree();
  const heading = findIn(tree, (node) => node.role === 'heading' && node.level === 1);
  expect(heading?.name).to.equal(name);
  expect(heading?.focused).to.equal(true);
}

/** Types a date part by part, in the order the date input shows its parts (the locale's). */
async function typeDate(parts: Record<'day' | 'month' | 'year', string>) {
  for (let part = 0; part < 3; part += 1) {
    if (part > 0) await sendKeys({ press: 'Tab' });
    const name = (focused()?.getAttribute('part') ?? '') + (focused()?.id ?? '');
    const which = (['day', 'month', 'year'] as const).find((key) => name.includes(key))!;
    await sendKeys({ type: parts[which] });
  }
}

/** Tab to Continue and press Enter (Plaza fields do not yet submit on Enter themselves). */
async function continueByKeyboard() {
  await tabTo(byText('Continue'), 'Continue');
  await sendKeys({ press: 'Enter' });
}

async function completeByKeyboard(flow: PlazaFormFlow) {
  await tabTo(byName('fullName'), 'full name');
  await sendKeys({ type: 'Ana Flores' });
  await continueByKeyboard();
  await expectFocusOnHeading(flow, 'Your vehicle');
  await tabTo(byName('plate'), 'plate');
  await sendKeys({ type: '7ABC123' });
  await tabTo(
    (element) => element.getAttribute('value') === 'car' || byText('Car')(element),
    'car',
  );
  await sendKeys({ press: 'Space' });
  await continueByKeyboard();
  await expectFocusOnHeading(flow, 'When do you want the permit to start?');
  await tabTo(
    (element) =>
      element.getAttribute('name') === 'startDate' || element.tagName === 'PLAZA-DATE-INPUT',
    'date',
  );
  await typeDate({ month: '3', day: '15', year: '2027' });
  await continueByKeyboard();
  await expectFocusOnHeading(flow, 'Check your answers before sending your application');
}

describe('<plaza-form-flow>', () => {
  afterEach(() => history.replaceState(null, '', location.pathname + location.search));

  it('is completed by keyboard alone, focus on each heading, answers checked and sent', async () => {
    const flow = await mountFlow();
    expect(document.title).to.equal('What is your name? – Apply for a residential parking permit');
    await completeByKeyboard(flow);
    expect(location.hash).to.equal('#check-answers');
    const rows = [...flow.querySelectorAll('plaza-summary-list-row')].map((row) => [
      row.getAttribute('key'),
      row.textContent!.trim(),
    ]);
    expect(rows).to.deep.equal([
      ['Full name', 'Ana Flores'],
      ['License plate', '7ABC123'],
      ['What kind of vehicle is it?', 'Car'],
      ['Start date', 'March 15, 2027'],
    ]);
    const sent = oneEvent(flow, 'plaza-flow-submit');
    await tabTo(byText('Accept and send'), 'Accept and send');
    await sendKeys({ press: 'Enter' });
    const { detail } = (await sent) as CustomEvent<FlowSubmitDetail>;
    expect(detail.answers).to.deep.equal({
      fullName: 'Ana Flores',
      plate: '7ABC123',
      vehicleType: 'car',
      startDate: '2027-03-15',
    });
    await expectFocusOnHeading(flow, 'Application sent');
  });
});

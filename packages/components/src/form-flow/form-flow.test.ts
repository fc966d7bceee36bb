import { expect, oneEvent } from '@open-wc/testing';
import { waitUntil } from '../../test/support/wait.js';
import { sendKeys } from '@web/test-runner-commands';
import { parkingPermit } from '@plaza/flow/examples.js';
import { sessionStore, type Flow, type FlowDefinition, type StorageLike } from '@plaza/flow';
import { clearUrl, expectPage, heading, mountFlow } from '../../test/support/flow-pages.js';
import { settled } from '../../test/support/mount.js';
import {
  choose,
  fill,
  fillAddress,
  focused,
  named,
  press,
  tabTo,
} from '../../test/support/keyboard.js';
import './plaza-form-flow.js';
import './form-flow-definitions.js';
import type { FlowSubmitDetail, PlazaFormFlow } from './form-flow.js';

/** The home address, typed part by part into <plaza-address-input>. */
const HOME = { line1: '12 Elm Street', city: 'Springfield', state: 'Illinois', zip: '62701' };

/** Parking permit, by keyboard, as an owner with an annual permit, to check your answers. */
async function answerParking(flow: PlazaFormFlow) {
  await fill('fullName', 'Ana Flores');
  await fill('email', 'ana@example.com');
  await press('Continue');
  await expectPage(flow, 'Your home');
  await fillAddress('homeAddress', HOME);
  await choose('ownOrRent', 0);
  await press('Continue');
  await expectPage(flow, 'Your vehicle');
  await fill('plate', '7ABC123');
  await press('Continue');
  await expectPage(flow, 'Type of permit');
  await choose('permitType', 0);
  await press('Continue');
  await expectPage(flow, 'Disabled parking');
  await choose('disabilityPlacard', 1);
  await press('Continue');
  await expectPage(flow, 'Check your answers before sending your application');
}

const rows = (flow: PlazaFormFlow) =>
  [...flow.querySelectorAll('plaza-summary-list-row')].map((row) => [
    row.getAttribute('key'),
    row.textContent!.trim(),
  ]);

describe('<plaza-form-flow>', () => {
  afterEach(clearUrl);

  it('completes the parking permit by keyboard alone and sends every answer', async () => {
    const flow = await mountFlow(parkingPermit);
    expect(heading(flow)).to.equal('Your name and email');
    await answerParking(flow);
    expect(location.hash).to.equal('#check-answers');
    expect(rows(flow)).to.deep.include.members([
      ['Full name', 'Ana Flores'],
      ['Do you own or rent your home?', 'I own it'],
      ['Which permit do you need?', 'Annual resident permit'],
    ]);
    const sent = oneEvent(flow, 'plaza-flow-submit');
    await press('Accept and send');
    const { detail } = (await sent) as CustomEvent<FlowSubmitDetail>;
    expect(detail.answers).to.include({
      fullName: 'Ana Flores',
      email: 'ana@example.com',
      ownOrRent: 'own',
      plate: '7ABC123',
      permitType: 'annual',
      disabilityPlacard: 'no',
    });
    await expectPage(flow, 'Application sent');
    expect(JSON.stringify(flow.state)).not.to.include('Ana Flores', 'answers leave the browser');
  });

  it('keeps the resident on the page with an error summary, "Error: " title and what they typed', async () => {
    const flow = await mountFlow(parkingPermit);
    await fill('fullName', 'Ana Flores');
    await press('Continue');
    const summary = flow.querySelector('plaza-error-summary')!;
    await waitUntil(() => summary.shadowRoot!.querySelector('li'), 'the summary shows');
    expect(summary.shadowRoot!.textContent).to.include('Enter your email address');
    expect(document.title).to.equal(
      'Error: Your name and email – Apply for a residential parking permit (example)',
    );
    await waitUntil(() => focused()?.closest('[part="summary"]'), 'focus on the summary');
    expect(
      flow.querySelector<HTMLInputElement & { value: string }>('[name="fullName"]')!.value,
    ).to.equal('Ana Flores');
    const email = flow.querySelector('[name="email"]')!;
    expect(email.shadowRoot!.textContent).to.include('Enter your email address');
    expect(heading(flow)).to.equal('Your name and email');
  });

  it('follows branches: renting asks about the lease', async () => {
    const flow = await mountFlow(parkingPermit);
    await fill('fullName', 'Ana Flores');
    await fill('email', 'ana@example.com');
    await press('Continue');
    await expectPage(flow, 'Your home');
    await fillAddress('homeAddress', HOME);
    await choose('ownOrRent', 1);
    await press('Continue');
    await expectPage(flow, 'Your lease');
    expect(location.hash).to.equal('#lease');
  });

  it('moves with the browser’s Back and Forward and with the back link', async () => {
    const flow = await mountFlow(parkingPermit);
    await fill('fullName', 'Ana Flores');
    await fill('email', 'ana@example.com');
    await press('Continue');
    await expectPage(flow, 'Your home');
    await fillAddress('homeAddress', HOME);
    history.back();
    await expectPage(flow, 'Your name and email');
    expect(
      (flow.querySelector('[name="fullName"]') as unknown as { value: string }).value,
    ).to.equal('Ana Flores');
    history.forward();
    await expectPage(flow, 'Your home');
    expect(
      (flow.querySelector('[name="homeAddress"]') as unknown as { value: { line1: string } }).value
        .line1,
    ).to.equal('12 Elm Street', 'typed but not yet continued, still there');
    flow.querySelector('h1')!.focus();
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    expect(focused()?.textContent?.trim()).to.equal('Back');
    await sendKeys({ press: 'Enter' });
    await expectPage(flow, 'Your name and email');
  });

  it('reloads mid-flow on the same page with every answer (the same storage)', async () => {
    const saved = new Map<string, string>();
    const storage: StorageLike = {
      getItem: (key) => saved.get(key) ?? null,
      setItem: (key, value) => void saved.set(key, value),
      removeItem: (key) => void saved.delete(key),
    };
    const store = (flow: Flow) => sessionStore(flow, { storage });
    let flow = await mountFlow(parkingPermit, { store });
    await fill('fullName', 'Ana Flores');
    await fill('email', 'ana@example.com');
    await press('Continue');
    await expectPage(flow, 'Your home');
    await fillAddress('homeAddress', HOME);
    flow.parentElement!.remove();
    flow = await mountFlow(parkingPermit, { store, keepUrl: true });
    expect(heading(flow)).to.equal('Your home');
    expect(
      (flow.querySelector('[name="homeAddress"]') as unknown as { value: { line1: string } }).value
        .line1,
    ).to.equal('12 Elm Street');
  });

  it('changes an answer from check your answers and returns there', async () => {
    const flow = await mountFlow(parkingPermit);
    await answerParking(flow);
    await press('Change License plate');
    await expectPage(flow, 'Your vehicle');
    await fill('vehicleMake', 'Honda');
    await press('Continue');
    await expectPage(flow, 'Check your answers before sending your application');
    expect(rows(flow)).to.deep.include(['Make of vehicle (optional)', 'Honda']);
  });
});

describe('<plaza-form-flow> with the server and other elements', () => {
  afterEach(clearUrl);

  it('shows server errors on the page and field they belong to', async () => {
    const flow = await mountFlow(parkingPermit);
    await answerParking(flow);
    flow.serverErrors = [{ field: 'plate', message: 'This plate already has a permit' }];
    await waitUntil(() => heading(flow) === 'Your vehicle', 'the page of the error opens');
    await settled(flow);
    const summary = flow.querySelector('plaza-error-summary')!;
    await waitUntil(() => summary.shadowRoot!.querySelector('li'), 'the summary shows');
    expect(summary.shadowRoot!.textContent).to.include('This plate already has a permit');
    expect(flow.querySelector('[name="plate"]')!.shadowRoot!.textContent).to.include(
      'This plate already has a permit',
    );
    expect(document.title.startsWith('Error: Your vehicle')).to.equal(true, document.title);
  });

  it('"Clear my answers" and exit this page delete what was stored', async () => {
    const saved = new Map<string, string>();
    const storage: StorageLike = {
      getItem: (key) => saved.get(key) ?? null,
      setItem: (key, value) => void saved.set(key, value),
      removeItem: (key) => void saved.delete(key),
    };
    const flow = await mountFlow(parkingPermit, {
      store: (loaded: Flow) => sessionStore(loaded, { storage }),
    });
    await fill('fullName', 'Ana Flores');
    await waitUntil(() => [...saved.values()].some((text) => text.includes('Ana Flores')));
    await press('Clear my answers');
    await waitUntil(() => ![...saved.values()].some((text) => text.includes('Ana Flores')));
    expect(
      (flow.querySelector('[name="fullName"]') as unknown as { value: string }).value,
    ).to.equal('');
    await fill('fullName', 'Ana Flores');
    await waitUntil(() => saved.size > 0);
    flow.dispatchEvent(
      new CustomEvent('plaza-exit', {
        bubbles: true,
        composed: true,
        detail: { url: 'https://www.weather.gov/', clearAnswers: true },
      }),
    );
    await waitUntil(() => saved.size === 0, 'exit cleared the store');
  });
});

describe('<plaza-form-flow> pattern field settings from the definition', () => {
  afterEach(clearUrl);

  const definition: FlowDefinition = {
    id: 'pattern-settings',
    version: '1',
    name: 'Pattern settings',
    pages: [
      {
        id: 'people',
        heading: 'People',
        questions: [
          { id: 'ownName', control: 'name', label: 'Your name' },
          { id: 'memberName', control: 'name', label: 'Their name', for: 'other' },
          { id: 'taxNumber', control: 'tin', label: 'Your ITIN', accept: ['itin'] },
        ],
      },
      { id: 'done', heading: 'Done', questions: [{ id: 'note', control: 'text', label: 'Note' }] },
    ],
    confirmation: { heading: 'Sent' },
  };
  const input = (flow: PlazaFormFlow, name: string) =>
    flow.querySelector(`[name="${name}"]`)!.shadowRoot!.querySelector('input')!;

  it('asks someone else’s name without autocomplete and accepts only what `accept` allows', async () => {
    const flow = await mountFlow(definition);
    await fill('ownName', 'Rosa Díaz');
    await fill('memberName', 'Ana Díaz');
    // The resident's own name may be filled in by the browser; a household member's may not.
    expect(input(flow, 'ownName').getAttribute('autocomplete')).to.equal('name');
    expect(input(flow, 'memberName').hasAttribute('autocomplete')).to.equal(false);
    await fill('taxNumber', '123-45-6789');
    await press('Continue');
    const summary = flow.querySelector('plaza-error-summary')!;
    await waitUntil(() => summary.shadowRoot!.querySelector('li'), 'the summary shows');
    expect(summary.shadowRoot!.textContent).to.include('Enter an ITIN');
    await tabTo(named('taxNumber'), 'taxNumber');
    for (let key = 0; key < 11; key++) await sendKeys({ press: 'Backspace' });
    await sendKeys({ type: '912-70-1234' });
    await press('Continue');
    await expectPage(flow, 'Done');
  });
});

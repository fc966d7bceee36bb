/**
 * Author-written pages (`<plaza-flow-page>` with ordinary Plaza controls) run as a flow: routed,
 * checked, saved, listed on check your answers and POSTed, alone or inside a definition; and the
 * optional step indicator and task list. Every step by keyboard.
 */
import { expect, html } from '@open-wc/testing';
import { waitUntil } from '../../test/support/wait.js';
import { sendKeys } from '@web/test-runner-commands';
import { energyAssistance, parkingPermit } from '@plaza/flow/examples.js';
import { memoryStore, type FlowDefinition } from '@plaza/flow';
import {
  clearUrl,
  echoFrame,
  expectPage,
  heading,
  mountFlow,
} from '../../test/support/flow-pages.js';
import { accessibilityTree, findIn } from '../../test/support/accessibility-tree.js';
import {
  choose,
  fill,
  fillAddress,
  fillDate,
  press,
  tabTo,
  withText,
} from '../../test/support/keyboard.js';
import { mount, settled } from '../../test/support/mount.js';
import './plaza-form-flow.js';
import './form-flow-definitions.js';
import type { PlazaFormFlow } from './form-flow.js';

/** A home address typed part by part into the address question. */
const HOME = { line1: '12 Elm Street', city: 'Springfield', state: 'Illinois', zip: '62701' };

// prettier-ignore
const potholePages = html`
  <plaza-flow-page page-id="where" heading="Where is the pothole?">
    <p>Tell us the nearest street.</p>
    <plaza-text-field name="street" label="Street" required></plaza-text-field>
    <plaza-radio-group name="size" label="How big is it?" required>
      <plaza-radio value="small" label="Smaller than a dinner plate"></plaza-radio>
      <plaza-radio value="large" label="Larger than a dinner plate"></plaza-radio>
    </plaza-radio-group>
  </plaza-flow-page>
  <plaza-flow-page page-id="contact" heading="Your details">
    <plaza-text-field name="email" type="email" label="Email address (optional)"></plaza-text-field>
  </plaza-flow-page>`;

async function mountPages(
  content: ReturnType<typeof html>,
  { definition = null as FlowDefinition | null, action = '' } = {},
): Promise<PlazaFormFlow> {
  clearUrl();
  const root = await mount<HTMLDivElement>(
    html`<div lang="en">
      <plaza-form-flow
        service="Report a pothole"
        flow-id="pothole"
        confirmation="Report sent"
        .definition=${definition}
        .store=${memoryStore}
        action=${action}
        target=${action ? 'echo' : ''}
        >${content}</plaza-form-flow
      >
    </div>`,
  );
  const flow = root.querySelector('plaza-form-flow')!;
  await waitUntil(() => flow.querySelector('h1'), 'the first page renders');
  await settled(flow);
  return flow;
}

const rows = (flow: PlazaFormFlow) =>
  [...flow.querySelectorAll('plaza-summary-list-row')].map((row) => [
    row.getAttribute('key'),
    row.textContent!.trim(),
  ]);

const visiblePages = (flow: PlazaFormFlow) =>
  [...flow.querySelectorAll<HTMLElement>('plaza-flow-page')]
    .filter((page) => !page.hidden)
    .map((page) => page.getAttribute('page-id'));

describe('<plaza-flow-page>', function () {
  this.timeout(90_000);
  afterEach(clearUrl);

  it('runs hand-written pages as a flow: errors, routing, check answers, change, native POST', async () => {
    const received = await echoFrame();
    const flow = await mountPages(potholePages, { action: '/__echo-form' });
    expect(heading(flow)).to.equal('Where is the pothole?');
    expect(visiblePages(flow)).to.deep.equal(['where']);
    expect(flow.querySelector('plaza-flow-page[page-id="where"]')!.closest('form')).to.equal(
      flow.querySelector('form.plaza-flow-page'),
    );

    await press('Continue');
    await waitUntil(() => document.title.startsWith('Error: '), 'the title says Error');
    const street = flow.querySelector<HTMLElement & { error: string }>('[name="street"]')!;
    expect(street.error).to.not.equal('');
    const summary = flow.querySelector('plaza-error-summary')!;
    expect(summary.shadowRoot!.textContent).to.contain(street.error);

    await fill('street', '12 Elm Street');
    await choose('size', 1);
    await press('Continue');
    await expectPage(flow, 'Your details');
    expect(visiblePages(flow)).to.deep.equal(['contact']);
    await fill('email', 'ana@example.com');
    await press('Continue');
    await expectPage(flow, 'Check your answers before sending your application');
    expect(rows(flow)).to.deep.equal([
      ['Street', '12 Elm Street'],
      ['How big is it?', 'Larger than a dinner plate'],
      ['Email address (optional)', 'ana@example.com'],
    ]);

    await press('Change Street');
    await expectPage(flow, 'Where is the pothole?');
    expect(street.error).to.equal('');
    expect((street as unknown as { value: string }).value).to.equal('12 Elm Street');
    await fill('street', '14 Oak Street');
    await press('Continue');
    await expectPage(flow, 'Check your answers before sending your application');
    expect(rows(flow)[0]).to.deep.equal(['Street', '14 Oak Street']);

    await press('Accept and send');
    expect(await received()).to.deep.include({
      street: ['14 Oak Street'],
      size: ['large'],
      email: ['ana@example.com'],
    });
    await expectPage(flow, 'Report sent');
  });

  it('with a definition, takes the place of the page with its id; the definition still routes', async () => {
    // prettier-ignore
    const flow = await mountPages(
      html`<plaza-flow-page page-id="vehicle" heading="Your car">
        <plaza-text-field name="plate" label="Number plate" required></plaza-text-field>
        <plaza-text-field name="colour" label="Colour of car"></plaza-text-field>
      </plaza-flow-page>`,
      { definition: parkingPermit },
    );
    expect(heading(flow)).to.equal('Your name and email');
    expect(visiblePages(flow)).to.deep.equal([]);
    await fill('fullName', 'Ana Flores');
    await fill('email', 'ana@example.com');
    await press('Continue');
    await expectPage(flow, 'Your home');
    await fillAddress('homeAddress', HOME);
    await choose('ownOrRent', 0);
    await press('Continue');
    await expectPage(flow, 'Your car');
    await fill('plate', '7ABC123');
    await fill('colour', 'Blue');
    await press('Continue');
    await expectPage(flow, 'Type of permit');
    expect(flow.state!.answers.colour.value).to.equal('Blue');
    await tabTo(withText('Back'), 'the back link');
    await sendKeys({ press: 'Enter' });
    await expectPage(flow, 'Your car');
    const plate = flow.querySelector('[name="plate"]') as unknown as { value: string };
    expect(plate.value).to.equal('7ABC123');
  });

  it('names a page the definition does not have (the flow does not load)', async () => {
    const errors: unknown[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => void errors.push(args);
    try {
      const root = await mount<HTMLDivElement>(
        html`<div>
          <plaza-form-flow .definition=${parkingPermit} .store=${memoryStore}>
            <plaza-flow-page page-id="nowhere" heading="Nowhere"></plaza-flow-page>
          </plaza-form-flow>
        </div>`,
      );
      const flow = root.querySelector('plaza-form-flow')!;
      await waitUntil(() => flow.querySelector('plaza-alert'), 'the load error shows');
      expect(String(errors.flat().join(' '))).to.contain('page-id="nowhere"');
    } finally {
      console.error = original;
    }
  });
});

describe('<plaza-form-flow> progress', function () {
  this.timeout(90_000);
  afterEach(clearUrl);

  /** The name of the step the indicator marks `aria-current="step"`. */
  const currentStep = (flow: PlazaFormFlow) => {
    const indicator = flow.querySelector('plaza-step-indicator');
    const steps = [...(indicator?.shadowRoot?.querySelectorAll('li') ?? [])];
    const current = steps.findIndex((step) => step.getAttribute('aria-current') === 'step');
    return indicator?.children[current]?.textContent?.trim();
  };

  it('shows a step indicator of the sections with the current one marked (show-steps)', async () => {
    const flow = await mountFlow(energyAssistance);
    expect(flow.querySelector('plaza-step-indicator')).to.equal(null);
    flow.showSteps = true;
    await settled(flow);
    expect(currentStep(flow)).to.contain('About you');
    const tree = await accessibilityTree();
    expect(
      findIn(tree, (node) => node.role === 'heading' && /Step 1 of 3/.test(node.name ?? '')),
    ).to.not.equal(undefined);
    await fill('applicantName', 'Rosa Díaz');
    await fillDate('dateOfBirth', { month: '3', day: '27', year: '1985' });
    await press('Continue');
    await expectPage(flow, 'Your home');
    expect(currentStep(flow)).to.contain('About you');
    await tabTo((element) => element.getAttribute('name') === 'heating', 'heating');
    await sendKeys({ press: 'ArrowDown' });
    await press('Continue');
    await expectPage(flow, 'Who else lives with you?');
    expect(currentStep(flow)).to.contain('Your household');
  });

  it('shows the task list page with each section’s status, and opens a section from it', async () => {
    const sections = [
      ...energyAssistance.sections!,
      { id: 'declare', title: 'Declaration', pages: ['declaration'] },
    ];
    const flow = await mountFlow({ ...energyAssistance, sections, taskList: true });
    expect(heading(flow)).to.equal('Your application');
    const items = [...flow.querySelectorAll('plaza-task-list-item')].map((item) => [
      item.textContent!.trim(),
      item.getAttribute('status'),
    ]);
    expect(items[0]).to.deep.equal(['About you', 'not-started']);
    await press('About you');
    await expectPage(flow, 'About you');
  });
});

import { expect, html } from '@open-wc/testing';
import { compileFlow, memoryStore } from '@plaza/flow';
import { parkingPermit } from '@plaza/flow/examples.js';
import { clearUrl, expectPage, heading, mountFlow } from '../../test/support/flow-pages.js';
import { choose, fill, fillAddress, press } from '../../test/support/keyboard.js';
import { mount } from '../../test/support/mount.js';
import { waitUntil } from '../../test/support/wait.js';
import './plaza-form-flow.js';

// What an agency's build writes with compileFlow, as the page receives it: JSON.
const compiled = JSON.parse(JSON.stringify(compileFlow(parkingPermit)));

describe('<plaza-form-flow> with a compiled flow', () => {
  afterEach(clearUrl);

  it('runs the service, branches included, by keyboard', async () => {
    const flow = await mountFlow(compiled);
    expect(heading(flow)).to.equal('Your name and email');
    await fill('fullName', 'Ana Flores');
    await fill('email', 'ana@example.com');
    await press('Continue');
    await expectPage(flow, 'Your home');
    await fillAddress('homeAddress', {
      line1: '12 Elm Street',
      city: 'Springfield',
      state: 'Illinois',
      zip: '62701',
    });
    await choose('ownOrRent', 1);
    await press('Continue');
    await expectPage(flow, 'Your lease');
    expect(location.hash).to.equal('#lease');
  });

  /** Mounts a flow that cannot load and returns what it logged once the load error shows. */
  async function failedLoad(definition: unknown): Promise<string> {
    const errors: unknown[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => void errors.push(args);
    try {
      const root = await mount<HTMLDivElement>(
        html`<div>
          <plaza-form-flow .definition=${definition} .store=${memoryStore}></plaza-form-flow>
        </div>`,
      );
      const flow = root.querySelector('plaza-form-flow')!;
      await waitUntil(() => flow.querySelector('plaza-alert'), 'the load error shows');
      return errors.flat().join(' ');
    } finally {
      console.error = original;
    }
  }

  it('does not run a compiled flow that was edited by hand', async () => {
    const edited = structuredClone(compiled);
    edited.definition.pages[0].next = [{ page: 'nowhere' }];
    expect(await failedLoad(edited)).to.contain('"nowhere" is not a page in this flow');
  });

  it('says what to import for a definition as written (this page has only the light loader)', async () => {
    expect(await failedLoad(parkingPermit)).to.contain(
      '@plaza/components/form-flow-definitions.js',
    );
  });
});

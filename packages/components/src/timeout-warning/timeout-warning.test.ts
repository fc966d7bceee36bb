import { expect, html, oneEvent } from '@open-wc/testing';
import { waitUntil } from '../../test/support/wait.js';
import { sendKeys } from '@web/test-runner-commands';
import { mount } from '../../test/support/mount.js';
import { FakeClock } from '../../test/support/fake-clock.js';
import { openFrame, nextLoad } from '../../test/support/frame.js';
import { accessibilityTree, findIn } from '../../test/support/accessibility-tree.js';
import './plaza-timeout-warning.js';
import type {
  PlazaTimeoutWarning,
  TimeoutExpireDetail,
  TimeoutExtendDetail,
  TimeoutSaveDetail,
} from './timeout-warning.js';

const MINUTE = 60_000;
const registration = new URL('./plaza-timeout-warning.ts', import.meta.url);

const nativeDialog = (warning: PlazaTimeoutWarning) =>
  warning.shadowRoot!.querySelector('plaza-dialog')!.shadowRoot!.querySelector('dialog')!;
const isOpen = (warning: PlazaTimeoutWarning) => nativeDialog(warning).open;
const countdown = (warning: PlazaTimeoutWarning) =>
  warning.shadowRoot!.querySelector('[part="countdown"]')!.textContent!.trim();
const status = (warning: PlazaTimeoutWarning) =>
  warning.shadowRoot!.querySelector('[role="status"]')!.textContent!.trim();
const channelName = () => `plaza-test-${Math.random().toString(36).slice(2)}`;

/** A warning on a page with a button that had focus, 20 minutes from the end. */
async function page(clock: FakeClock, attributes: { lang?: string; channel?: string } = {}) {
  const root = await mount<HTMLDivElement>(
    html`<div lang=${attributes.lang ?? 'en'}>
      <button id="before">Save and come back later</button>
      <plaza-timeout-warning
        .clock=${clock}
        .expiresAt=${clock.now() + 20 * MINUTE}
        channel=${attributes.channel ?? channelName()}
      >
        <p>We will delete your answers to protect your information.</p>
      </plaza-timeout-warning>
    </div>`,
  );
  const warning = root.querySelector('plaza-timeout-warning')!;
  const before = root.querySelector<HTMLButtonElement>('#before')!;
  before.focus();
  return { root, warning, before };
}

async function advance(clock: FakeClock, warning: PlazaTimeoutWarning, milliseconds: number) {
  clock.advance(milliseconds);
  await warning.updateComplete;
  await warning.shadowRoot!.querySelector('plaza-dialog')!.updateComplete;
}

describe('<plaza-timeout-warning>', () => {
  it('opens as a modal dialog two minutes before the end, with focus in it', async () => {
    const clock = new FakeClock();
    const { warning } = await page(clock);
    await advance(clock, warning, 18 * MINUTE - 1);
    expect(isOpen(warning)).to.equal(false);
    await advance(clock, warning, 1);
    expect(isOpen(warning)).to.equal(true);
    expect(nativeDialog(warning).matches(':modal')).to.equal(true);
    const tree = await accessibilityTree();
    const dialog = findIn(tree, (node) => node.role === 'dialog');
    expect(dialog?.name).to.equal('Your session is about to end');
    expect(dialog?.focused).to.equal(true);
    expect(findIn(tree, (node) => node.name === 'Save and come back later')).to.equal(null);
  });

  it('counts down every second on screen but announces only each minute, then every 20 s', async () => {
    const clock = new FakeClock();
    const { warning } = await page(clock);
    await advance(clock, warning, 17 * MINUTE);
    const announced: string[] = [];
    const shown: string[] = [];
    for (let second = 0; second < 180; second += 1) {
      await advance(clock, warning, 1000);
      if (!isOpen(warning)) continue;
      shown.push(countdown(warning));
      if (announced.at(-1) !== status(warning)) announced.push(status(warning));
    }
    expect(shown[0]).to.equal('We will end your session in 2 minutes.');
    expect(shown[1]).to.equal('We will end your session in 1 minute 59 seconds.');
    expect(shown).to.include('We will end your session in 1 second.');
    expect(shown.length).to.equal(120);
    expect(announced).to.deep.equal([
      'We will end your session in 2 minutes.',
      'We will end your session in 1 minute.',
      'We will end your session in 40 seconds.',
      'We will end your session in 20 seconds.',
    ]);
    const tree = await accessibilityTree();
    expect(findIn(tree, (node) => node.name.includes('1 minute 59'))).to.equal(null);
  });

  it('Continue (Enter) extends the session, closes, returns focus and fires plaza-extend', async () => {
    const clock = new FakeClock();
    const { warning, before } = await page(clock);
    await advance(clock, warning, 19 * MINUTE);
    expect(isOpen(warning)).to.equal(true);
    await sendKeys({ press: 'Tab' });
    const extended = oneEvent(warning, 'plaza-extend');
    await sendKeys({ press: 'Enter' });
    const { detail } = (await extended) as CustomEvent<TimeoutExtendDetail>;
    expect(detail.expiresAt).to.equal(clock.now() + 20 * MINUTE);
    await warning.updateComplete;
    await waitUntil(() => !isOpen(warning), 'the warning closes');
    expect(document.activeElement).to.equal(before);
    await advance(clock, warning, 18 * MINUTE - 1);
    expect(isOpen(warning)).to.equal(false, 'not again until 2 minutes before the new end');
    await advance(clock, warning, 1);
    expect(isOpen(warning)).to.equal(true);
  });

  it('Escape continues too, never leaving the timer running unseen', async () => {
    const clock = new FakeClock();
    const { warning } = await page(clock);
    await advance(clock, warning, 19 * MINUTE);
    const extended = oneEvent(warning, 'plaza-extend');
    await sendKeys({ press: 'Escape' });
    await extended;
    await waitUntil(() => !isOpen(warning), 'the warning closes');
    expect(warning.expiresAt).to.equal(clock.now() + 20 * MINUTE);
  });

  it('continuing in one tab closes the warning in the other (BroadcastChannel)', async () => {
    const clock = new FakeClock();
    const channel = channelName();
    const { warning } = await page(clock, { channel });
    const frame = await openFrame([registration]);
    const doc = frame.contentDocument!;
    const other = doc.createElement('plaza-timeout-warning');
    other.clock = clock;
    other.channel = channel;
    other.expiresAt = warning.expiresAt;
    doc.body.append(other);
    await other.updateComplete;
    clock.advance(19 * MINUTE);
    await warning.updateComplete;
    await other.updateComplete;
    await waitUntil(() => isOpen(warning) && isOpen(other), 'both tabs warn');
    warning.shadowRoot!.querySelector<HTMLButtonElement>('.continue')!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => !isOpen(other), 'the other tab closes its warning');
    expect(other.expiresAt).to.equal(warning.expiresAt);
    expect(isOpen(warning)).to.equal(false);
  });

  it('at the end, asks for answers to be saved first, then fires plaza-expire', async () => {
    const clock = new FakeClock();
    const { warning } = await page(clock);
    const order: string[] = [];
    warning.addEventListener('plaza-save', (event) => {
      const { detail } = event as CustomEvent<TimeoutSaveDetail>;
      expect(detail.reason).to.equal('timeout');
      detail.waitUntil(
        new Promise<void>((resolve) =>
          setTimeout(() => {
            order.push('saved');
            resolve();
          }, 20),
        ),
      );
    });
    const expired = oneEvent(warning, 'plaza-expire');
    warning.addEventListener('plaza-expire', (event) => {
      order.push('expire');
      event.preventDefault();
    });
    await advance(clock, warning, 20 * MINUTE);
    const { detail } = (await expired) as CustomEvent<TimeoutExpireDetail>;
    expect(order).to.deep.equal(['saved', 'expire']);
    expect(detail.redirect).to.equal(null);
    expect(isOpen(warning)).to.equal(false);
    expect(clock.pending).to.equal(0, 'no timers left');
  });

  it('redirects to a same-site address after expiry, but never to a javascript: URL', async () => {
    const clock = new FakeClock();
    const frame = await openFrame([registration]);
    const doc = frame.contentDocument!;
    const warning = doc.createElement('plaza-timeout-warning');
    warning.clock = clock;
    warning.channel = channelName();
    warning.expiresAt = clock.now() + MINUTE;
    warning.redirect = 'javascript:parent.hacked=true';
    doc.body.append(warning);
    await warning.updateComplete;
    const refused = oneEvent(warning, 'plaza-expire');
    clock.advance(MINUTE);
    expect(((await refused) as CustomEvent<TimeoutExpireDetail>).detail.redirect).to.equal(null);
    expect((window as unknown as { hacked?: boolean }).hacked).to.equal(undefined);

    warning.redirect = '/session-ended?from=permit';
    warning.expiresAt = clock.now() + MINUTE;
    await warning.updateComplete;
    const loaded = nextLoad(frame);
    clock.advance(MINUTE);
    await loaded;
    expect(frame.contentWindow!.location.pathname).to.equal('/session-ended');
    expect(frame.contentWindow!.location.search).to.equal('?from=permit');
  });

  it('stops its timers when removed', async () => {
    const clock = new FakeClock();
    const { warning } = await page(clock);
    expect(clock.pending).to.equal(1);
    warning.remove();
    expect(clock.pending).to.equal(0);
  });

  describe('accessibility (axe)', () => {
    for (const lang of ['en', 'es']) {
      it(`open, ${lang}`, async () => {
        const clock = new FakeClock();
        const { root, warning } = await page(clock, { lang });
        await advance(clock, warning, 18 * MINUTE + 25_000);
        expect(isOpen(warning)).to.equal(true);
        await expect(root).to.be.accessible();
        if (lang === 'es') {
          expect(countdown(warning)).to.equal('Terminaremos su sesión en 1 minuto y 35 segundos.');
          const tree = await accessibilityTree();
          expect(findIn(tree, (node) => node.role === 'dialog')?.name).to.equal(
            'Su sesión está por terminar',
          );
          expect(findIn(tree, (node) => node.role === 'button')?.name).to.equal('Continuar');
        }
      });
    }
  });
});

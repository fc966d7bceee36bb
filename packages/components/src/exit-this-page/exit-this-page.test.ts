import { expect, html, oneEvent } from '@open-wc/testing';
import { waitUntil } from '../../test/support/wait.js';
import { sendKeys } from '@web/test-runner-commands';
import { mount } from '../../test/support/mount.js';
import { openFrame, nextLoad } from '../../test/support/frame.js';
import { findByRole } from '../../test/support/accessibility-tree.js';
import './plaza-exit-this-page.js';
import { DEFAULT_EXIT_URL, type ExitDetail, type PlazaExitThisPage } from './exit-this-page.js';

const registration = new URL('./plaza-exit-this-page.ts', import.meta.url);

/** A service page in a frame (it navigates away), with a text field that has focus. */
async function servicePage(attributes: { href?: string; clearAnswers?: boolean } = {}) {
  const frame = await openFrame([registration]);
  const doc = frame.contentDocument!;
  const exit = doc.createElement('plaza-exit-this-page');
  if (attributes.href !== undefined) exit.href = attributes.href;
  exit.clearAnswers = attributes.clearAnswers ?? false;
  const field = doc.createElement('input');
  field.setAttribute('aria-label', 'Your safe contact number');
  doc.body.append(exit, field);
  await exit.updateComplete;
  frame.contentWindow!.focus();
  field.focus();
  return { frame, doc, exit, field };
}

const announced = (doc: Document) =>
  doc.querySelector('[data-plaza-announcer] [role="status"]')?.textContent ?? '';

describe('<plaza-exit-this-page>', () => {
  it('is a button named "Exit this page" (and in Spanish)', async () => {
    await mount(html`<plaza-exit-this-page></plaza-exit-this-page>`);
    expect((await findByRole('button', 'Exit this page')).name).to.equal('Exit this page');
    await mount(html`<div lang="es"><plaza-exit-this-page></plaza-exit-this-page></div>`);
    expect((await findByRole('button', 'Salir de esta página')).role).to.equal('button');
  });

  it('leaves for the neutral page from the button, replacing the page in history', async () => {
    const { frame, exit } = await servicePage({ href: '/neutral?page=weather' });
    const historyLength = frame.contentWindow!.history.length;
    exit.shadowRoot!.querySelector('button')!.focus();
    const exited = oneEvent(exit, 'plaza-exit');
    const loaded = nextLoad(frame);
    await sendKeys({ press: 'Enter' });
    const { detail } = (await exited) as CustomEvent<ExitDetail>;
    expect(detail).to.deep.equal({
      url: `${location.origin}/neutral?page=weather`,
      clearAnswers: false,
    });
    expect(exit.shadowRoot!.querySelector('[part="cover"]')).not.to.equal(null);
    await loaded;
    expect(frame.contentWindow!.location.pathname).to.equal('/neutral');
    expect(frame.contentWindow!.history.length).to.equal(historyLength);
  });

  it('leaves when Shift is pressed three times, saying how many presses are left', async () => {
    const { frame, doc, exit } = await servicePage({ href: '/neutral', clearAnswers: true });
    let exits = 0;
    exit.addEventListener('plaza-exit', () => (exits += 1));
    await sendKeys({ press: 'Shift' });
    await waitUntil(() => announced(doc) === 'Shift, press 2 more times to exit.');
    await sendKeys({ press: 'Shift' });
    await waitUntil(() => announced(doc) === 'Shift, press 1 more time to exit.');
    expect(exits).to.equal(0);
    const exited = oneEvent(exit, 'plaza-exit');
    const loaded = nextLoad(frame);
    await sendKeys({ press: 'Shift' });
    expect(((await exited) as CustomEvent<ExitDetail>).detail.clearAnswers).to.equal(true);
    await loaded;
    expect(frame.contentWindow!.location.pathname).to.equal('/neutral');
  });

  it('starts counting again after any other key (typing capitals does not exit)', async () => {
    const { doc, exit, field } = await servicePage({ href: '/neutral' });
    let exits = 0;
    exit.addEventListener('plaza-exit', () => (exits += 1));
    const typeCapital = async (key: string) => {
      await sendKeys({ down: 'Shift' });
      await sendKeys({ press: key });
      await sendKeys({ up: 'Shift' });
    };
    await sendKeys({ press: 'Shift' });
    await typeCapital('A');
    await sendKeys({ press: 'Shift' });
    await typeCapital('B');
    await sendKeys({ press: 'Shift' });
    await waitUntil(() => announced(doc) === 'Shift, press 2 more times to exit.');
    expect(exits).to.equal(0);
    expect(field.value).to.equal('AB');
  });

  it('never follows a javascript: address; it uses the default neutral page', async () => {
    const { exit } = await servicePage({ href: 'javascript:parent.hacked=true' });
    const exited = oneEvent(exit, 'plaza-exit');
    exit.addEventListener('plaza-exit', () => exit.ownerDocument.defaultView!.stop());
    exit.exit();
    expect(((await exited) as CustomEvent<ExitDetail>).detail.url).to.equal(DEFAULT_EXIT_URL);
    expect((window as unknown as { hacked?: boolean }).hacked).to.equal(undefined);
  });

  it('stops listening for Shift when removed', async () => {
    const { doc, exit } = await servicePage({ href: '/neutral' });
    let exits = 0;
    exit.addEventListener('plaza-exit', () => (exits += 1));
    exit.remove();
    for (let press = 0; press < 3; press += 1) await sendKeys({ press: 'Shift' });
    expect(exits).to.equal(0);
    expect(announced(doc)).to.equal('');
  });

  describe('accessibility (axe)', () => {
    it('en', async () => {
      const element = await mount<PlazaExitThisPage>(
        html`<plaza-exit-this-page></plaza-exit-this-page>`,
      );
      await expect(element).to.be.accessible();
    });
    it('es', async () => {
      const element = await mount(
        html`<div lang="es"><plaza-exit-this-page clear-answers></plaza-exit-this-page></div>`,
      );
      await expect(element).to.be.accessible();
    });
  });
});

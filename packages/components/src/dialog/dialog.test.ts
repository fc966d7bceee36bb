import { expect, html, oneEvent } from '@open-wc/testing';
import { mount } from '../../test/support/mount.js';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import './plaza-dialog.js';
import { PlazaDialog, type DialogCloseDetail } from './dialog.js';
import {
  drawnColor,
  emulateMedia as emulateMediaFeatures,
  FORCED_COLORS,
  systemColor,
} from '../../test/support/emulate-media.js';
import { accessibilityTree, findIn } from '../../test/support/accessibility-tree.js';

const nativeDialog = (dialog: PlazaDialog) => dialog.shadowRoot!.querySelector('dialog')!;
const closeButton = (dialog: PlazaDialog) =>
  dialog.shadowRoot!.querySelector<HTMLButtonElement>('[part="close-button"]');
/** The element with focus, inside shadow roots too. */
function focused(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** A page with an opener button outside the dialog, opened from the keyboard. */
async function page(
  dialogTemplate = html`<plaza-dialog>
    <h2 slot="heading">Delete this document?</h2>
    <p>You cannot undo this.</p>
    <div slot="actions">
      <button data-dialog-close="delete">Delete document</button>
      <button data-dialog-close="keep">Keep it</button>
    </div>
  </plaza-dialog>`,
) {
  const root = await mount<HTMLDivElement>(
    html`<div>
      <button id="opener">Delete…</button>
      <a href="#elsewhere">Somewhere else</a>
      ${dialogTemplate}
    </div>`,
  );
  const opener = root.querySelector<HTMLButtonElement>('#opener')!;
  const dialog = root.querySelector('plaza-dialog')!;
  opener.addEventListener('click', () => dialog.show());
  await dialog.updateComplete;
  return { root, opener, dialog };
}

async function openFromKeyboard(opener: HTMLButtonElement, dialog: PlazaDialog) {
  opener.focus();
  const opened = oneEvent(dialog, 'plaza-open');
  await sendKeys({ press: 'Enter' });
  await opened;
  await dialog.updateComplete;
}

describe('<plaza-dialog>', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

  it('opens as a modal named by its heading, with focus moved in', async () => {
    const { opener, dialog } = await page();
    expect(nativeDialog(dialog).open).to.equal(false);
    await openFromKeyboard(opener, dialog);
    expect(dialog.open).to.equal(true);
    expect(nativeDialog(dialog).matches(':modal')).to.equal(true);
    expect(focused()).to.equal(nativeDialog(dialog));
    const tree = await accessibilityTree();
    const node = findIn(tree, (n) => n.role === 'dialog');
    expect(node?.name).to.equal('Delete this document?');
    expect(node?.modal).to.equal(true);
    expect(node?.focused).to.equal(true);
  });

  it('keeps Tab inside and hides the page behind from assistive technology', async () => {
    const { opener, dialog } = await page();
    await openFromKeyboard(opener, dialog);
    const outside = [opener, opener.nextElementSibling];
    const visited = new Set<Element | null>();
    for (let i = 0; i < 8; i += 1) {
      await sendKeys({ press: 'Tab' });
      visited.add(focused());
      expect(outside).not.to.include(focused());
    }
    expect(visited).to.include(closeButton(dialog));
    expect(visited).to.include(dialog.querySelector('[data-dialog-close="delete"]'));
    const tree = await accessibilityTree();
    expect(findIn(tree, (n) => n.name === 'Delete…')).to.equal(null, 'opener is hidden');
    expect(findIn(tree, (n) => n.name === 'Somewhere else')).to.equal(null);
    expect(findIn(tree, (n) => n.role === 'button' && n.name === 'Keep it')).not.to.equal(null);
  });

  it('closes with Escape and returns focus to the opener', async () => {
    const { opener, dialog } = await page();
    await openFromKeyboard(opener, dialog);
    const closed = oneEvent(dialog, 'plaza-close');
    await sendKeys({ press: 'Escape' });
    const event = (await closed) as CustomEvent<DialogCloseDetail>;
    expect(event.detail.returnValue).to.equal('');
    expect(dialog.open).to.equal(false);
    expect(nativeDialog(dialog).open).to.equal(false);
    expect(document.activeElement).to.equal(opener);
    const tree = await accessibilityTree();
    expect(findIn(tree, (n) => n.name === 'Delete…')).not.to.equal(null, 'page is back');
  });

  it('closes from its Close button and its actions, returning their value', async () => {
    const { opener, dialog } = await page();
    await openFromKeyboard(opener, dialog);
    closeButton(dialog)!.focus();
    let closed = oneEvent(dialog, 'plaza-close');
    await sendKeys({ press: 'Enter' });
    await closed;
    expect(document.activeElement).to.equal(opener);

    await openFromKeyboard(opener, dialog);
    dialog.querySelector<HTMLButtonElement>('[data-dialog-close="keep"]')!.focus();
    closed = oneEvent(dialog, 'plaza-close');
    await sendKeys({ press: 'Space' });
    expect(((await closed) as CustomEvent<DialogCloseDetail>).detail.returnValue).to.equal('keep');
    expect(dialog.returnValue).to.equal('keep');
    expect(document.activeElement).to.equal(opener);
  });

  it('with no-escape, refuses Escape (even twice) and has no Close button', async () => {
    const { opener, dialog } = await page(
      html`<plaza-dialog no-escape>
        <h2 slot="heading">You will be signed out soon</h2>
        <div slot="actions">
          <button data-dialog-close="continue">Stay signed in</button>
          <button data-dialog-close="sign-out">Sign out</button>
        </div>
      </plaza-dialog>`,
    );
    await openFromKeyboard(opener, dialog);
    expect(closeButton(dialog)).to.equal(null);
    await sendKeys({ press: 'Escape' });
    await sendKeys({ press: 'Escape' });
    await dialog.updateComplete;
    expect(nativeDialog(dialog).open).to.equal(true);
    expect(dialog.open).to.equal(true);
    await sendKeys({ press: 'Tab' });
    expect(focused()!.textContent).to.equal('Stay signed in');
    const closed = oneEvent(dialog, 'plaza-close');
    await sendKeys({ press: 'Enter' });
    expect(((await closed) as CustomEvent<DialogCloseDetail>).detail.returnValue).to.equal(
      'continue',
    );
    expect(document.activeElement).to.equal(opener);
  });

  it('returns focus to the opener when removed while open', async () => {
    const { opener, dialog } = await page();
    await openFromKeyboard(opener, dialog);
    dialog.remove();
    expect(document.activeElement).to.equal(opener);
    expect(dialog.open).to.equal(false);
  });

  it('moves focus to a slotted element with autofocus', async () => {
    const { opener, dialog } = await page(
      html`<plaza-dialog>
        <h2 slot="heading">Rename document</h2>
        <label>New name <input autofocus /></label>
      </plaza-dialog>`,
    );
    await openFromKeyboard(opener, dialog);
    expect(document.activeElement).to.equal(dialog.querySelector('input'));
  });

  it('is named by label when it has no heading, and says Close in Spanish', async () => {
    const { opener, dialog } = await page(
      html`<div lang="es">
        <plaza-dialog label="Confirmar"><p>¿Desea continuar?</p></plaza-dialog>
      </div>`,
    );
    await openFromKeyboard(opener, dialog);
    const tree = await accessibilityTree();
    expect(findIn(tree, (n) => n.role === 'dialog')?.name).to.equal('Confirmar');
    expect(findIn(tree, (n) => n.role === 'button')?.name).to.equal('Cerrar');
  });

  it('opens from the open property and closes with close()', async () => {
    const { dialog } = await page();
    dialog.open = true;
    await dialog.updateComplete;
    expect(nativeDialog(dialog).matches(':modal')).to.equal(true);
    const closed = oneEvent(dialog, 'plaza-close');
    dialog.close('done');
    expect(((await closed) as CustomEvent<DialogCloseDetail>).detail.returnValue).to.equal('done');
    expect(dialog.hasAttribute('open')).to.equal(false);
  });

  it('fits and scrolls at 320 CSS px, without sideways scrolling', async () => {
    await setViewport({ width: 320, height: 480 });
    const { opener, dialog } = await page(
      html`<plaza-dialog>
        <h2 slot="heading">Before you continue, read the terms of the service agreement</h2>
        ${Array.from({ length: 20 }, () => html`<p>Terms and conditions paragraph.</p>`)}
        <div slot="actions"><button data-dialog-close="ok">I agree</button></div>
      </plaza-dialog>`,
    );
    await openFromKeyboard(opener, dialog);
    const box = nativeDialog(dialog).getBoundingClientRect();
    expect(box.left).to.be.at.least(0);
    expect(box.right).to.be.at.most(320);
    expect(box.bottom).to.be.at.most(480);
    const body = dialog.shadowRoot!.querySelector<HTMLElement>('[part="body"]')!;
    expect(body.scrollHeight).to.be.greaterThan(body.clientHeight, 'content scrolls');
    expect(body.scrollWidth).to.be.at.most(body.clientWidth);
    const action = dialog.querySelector('[data-dialog-close="ok"]')!.getBoundingClientRect();
    expect(action.bottom).to.be.at.most(480, 'actions stay visible');
    const close = closeButton(dialog)!.getBoundingClientRect();
    expect(close.height).to.be.at.least(24, 'target size');
    expect(close.right).to.be.at.most(320);
  });

  it('animates its entrance only when motion is not reduced', async () => {
    const { dialog } = await page();
    try {
      await emulateMedia({ reducedMotion: 'reduce' });
      dialog.show();
      await dialog.updateComplete;
      expect(getComputedStyle(nativeDialog(dialog)).animationName).to.equal('none');
      dialog.close();
      await emulateMedia({ reducedMotion: 'no-preference' });
      dialog.show();
      await dialog.updateComplete;
      expect(getComputedStyle(nativeDialog(dialog)).animationName).to.equal('plaza-dialog-in');
      dialog.close();
    } finally {
      await emulateMedia({ reducedMotion: 'no-preference' });
    }
  });

  describe('in forced colours, as rendered', () => {
    before(() => emulateMediaFeatures(FORCED_COLORS));
    after(() => emulateMediaFeatures([]));

    it('draws its edge, the Close button and each focus ring over the page', async () => {
      const { opener, dialog } = await page();
      await openFromKeyboard(opener, dialog);
      for (const side of ['top', 'right', 'bottom', 'left']) {
        expect(drawnColor(nativeDialog(dialog), `border-${side}-color`), side).to.equal(
          systemColor('CanvasText'),
        );
      }
      const canvas = systemColor('Canvas');
      expect(drawnColor(closeButton(dialog)!, 'border-top-color'))
        .to.be.a('string')
        .and.not.equal(canvas);
      for (const stop of ['Close', 'Delete document']) {
        await sendKeys({ press: 'Tab' });
        expect(focused()?.textContent?.trim(), stop).to.equal(stop);
        expect(drawnColor(focused()!, 'outline-color'), stop)
          .to.be.a('string')
          .and.not.equal(canvas);
      }
    });
  });

  describe('accessibility (axe)', () => {
    const states = {
      open: html`<plaza-dialog open>
        <h2 slot="heading">Delete this document?</h2>
        <p>You cannot undo this.</p>
        <div slot="actions"><button data-dialog-close="delete">Delete</button></div>
      </plaza-dialog>`,
      'no-escape': html`<plaza-dialog open no-escape>
        <h2 slot="heading">You will be signed out soon</h2>
        <div slot="actions"><button data-dialog-close="stay">Stay signed in</button></div>
      </plaza-dialog>`,
      spanish: html`<div lang="es">
        <plaza-dialog open>
          <h2 slot="heading">¿Eliminar este documento?</h2>
          <p>No puede deshacer esto.</p>
        </plaza-dialog>
      </div>`,
      rtl: html`<div dir="rtl" lang="ar">
        <plaza-dialog open
          ><h2 slot="heading">حذف هذا المستند؟</h2>
          <p>لا يمكن التراجع.</p></plaza-dialog
        >
      </div>`,
    };
    for (const [name, template] of Object.entries(states)) {
      it(name, async () => {
        const element = await mount(template);
        await expect(element).to.be.accessible();
        const dialog = element.matches('plaza-dialog')
          ? (element as PlazaDialog)
          : element.querySelector('plaza-dialog')!;
        dialog.close();
      });
    }
  });
});

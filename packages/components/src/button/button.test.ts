import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import './plaza-button.js';
import '../text-field/plaza-text-field.js';
import type { PlazaButton } from './button.js';
import { findByRole } from '../../test/support/accessibility-tree.js';
import { accessibleInEveryState } from '../../test/support/accessible-states.js';

/** A form that records each submit (with its data) instead of navigating. */
async function recordingForm(template: ReturnType<typeof html>) {
  const form = await fixture<HTMLFormElement>(template);
  const submits: FormData[] = [];
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    submits.push(new FormData(form));
  });
  return { form, submits, button: form.querySelector('plaza-button')! };
}

const inner = (button: PlazaButton) => button.shadowRoot!.querySelector('button')!;

describe('<plaza-button>', () => {
  it('is a button named by its text', async () => {
    const button = await fixture<PlazaButton>(html`<plaza-button>Continue</plaza-button>`);
    const node = await findByRole('button', 'Continue');
    expect(node.disabled ?? false).to.equal(false);
    expect((button.constructor as typeof PlazaButton).formAssociated).to.equal(true);
    expect(button.textContent).to.equal('Continue', 'the text is in the light DOM');
  });

  it('submits its form, with its name and value only when it is the submitter', async () => {
    const { form, submits, button } = await recordingForm(
      html`<form>
        <input name="q" value="benefits" />
        <plaza-button name="action" value="save">Save and continue</plaza-button>
      </form>`,
    );
    expect(button.form).to.equal(form);
    button.click();
    expect(submits).to.have.length(1);
    expect(submits[0].get('q')).to.equal('benefits');
    expect(submits[0].get('action')).to.equal('save');
    expect(new FormData(form).has('action')).to.equal(false);
  });

  it('submits with Enter and Space from the keyboard', async () => {
    const { submits, button } = await recordingForm(
      html`<form><plaza-button>Continue</plaza-button></form>`,
    );
    button.focus();
    expect(button.shadowRoot!.activeElement).to.equal(inner(button));
    await sendKeys({ press: 'Enter' });
    await sendKeys({ press: 'Space' });
    expect(submits).to.have.length(2);
  });

  it('runs validation: an invalid form is not submitted and its errors show', async () => {
    const { form, submits, button } = await recordingForm(
      html`<form>
        <plaza-text-field name="n" label="Full name" required></plaza-text-field>
        <plaza-button>Continue</plaza-button>
      </form>`,
    );
    button.click();
    const field = form.querySelector('plaza-text-field')!;
    await field.updateComplete;
    expect(submits).to.have.length(0);
    expect(field.shadowRoot!.querySelector('[part="error-message"]')).not.to.equal(null);
  });

  it('resets its form with type="reset", and leaves it alone with type="button"', async () => {
    const { form, submits } = await recordingForm(
      html`<form>
        <input name="q" value="start" />
        <plaza-button type="reset" variant="secondary">Clear</plaza-button>
        <plaza-button type="button" variant="link">Show help</plaza-button>
      </form>`,
    );
    const input = form.querySelector('input')!;
    input.value = 'changed';
    const [reset, plain] = form.querySelectorAll('plaza-button');
    let clicks = 0;
    plain.addEventListener('click', () => (clicks += 1));
    plain.click();
    expect(clicks).to.equal(1);
    expect(input.value).to.equal('changed');
    expect(submits).to.have.length(0);
    reset.click();
    expect(input.value).to.equal('start');
    expect(submits).to.have.length(0);
  });

  it('acts on the form named by its form attribute', async () => {
    const page = await fixture<HTMLElement>(
      html`<div>
        <form id="apply"><input name="x" value="1" /></form>
        <plaza-button form="apply">Send</plaza-button>
      </div>`,
    );
    const form = page.querySelector('form')!;
    let submitted = 0;
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      submitted += 1;
    });
    const button = page.querySelector('plaza-button')!;
    expect(button.form).to.equal(form);
    button.click();
    expect(submitted).to.equal(1);
  });

  it('when disabled, is skipped by Tab and does nothing', async () => {
    const { submits, button } = await recordingForm(
      html`<form>
        <input aria-label="Before" />
        <plaza-button disabled>Continue</plaza-button>
      </form>`,
    );
    let clicks = 0;
    button.addEventListener('click', () => (clicks += 1));
    button.click();
    inner(button).dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    expect(submits).to.have.length(0);
    expect(clicks).to.equal(0);
    expect(inner(button).disabled).to.equal(true);
    expect((await findByRole('button', 'Continue')).disabled).to.equal(true);
  });

  it('with disabled-focusable, stays focusable and announced as unavailable, and does nothing', async () => {
    const { form, submits, button } = await recordingForm(
      html`<form>
        <input aria-label="Before" />
        <plaza-button disabled disabled-focusable>Continue</plaza-button>
      </form>`,
    );
    form.querySelector('input')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement).to.equal(button);
    expect(inner(button).getAttribute('aria-disabled')).to.equal('true');
    const node = await findByRole('button', 'Continue');
    expect(node.disabled).to.equal(true);
    expect(node.focused).to.equal(true);
    await sendKeys({ press: 'Enter' });
    button.click();
    expect(submits).to.have.length(0);
  });

  it('is disabled inside <fieldset disabled>', async () => {
    const { submits, button } = await recordingForm(
      html`<form>
        <fieldset disabled><plaza-button>Continue</plaza-button></fieldset>
      </form>`,
    );
    await button.updateComplete;
    expect(button.matches(':disabled')).to.equal(true);
    expect(inner(button).disabled).to.equal(true);
    button.click();
    expect(submits).to.have.length(0);
  });

  it('with prevent-double-submit, sends the form once when pressed twice', async () => {
    const guarded = await recordingForm(
      html`<form><plaza-button prevent-double-submit>Pay now</plaza-button></form>`,
    );
    guarded.button.click();
    guarded.button.click();
    expect(guarded.submits).to.have.length(1);
    const plain = await recordingForm(html`<form><plaza-button>Pay now</plaza-button></form>`);
    plain.button.click();
    plain.button.click();
    expect(plain.submits).to.have.length(2);
  });

  it('with prevent-double-submit, can submit again after a failed validation', async () => {
    const { form, submits, button } = await recordingForm(
      html`<form>
        <plaza-text-field name="n" label="Full name" required></plaza-text-field>
        <plaza-button prevent-double-submit>Continue</plaza-button>
      </form>`,
    );
    button.click();
    expect(submits).to.have.length(0);
    const field = form.querySelector('plaza-text-field')!;
    field.value = 'Ada';
    await field.updateComplete;
    button.click();
    expect(submits).to.have.length(1);
  });

  describe('accessibility (axe) in every state', () => {
    const states = {
      primary: html`<plaza-button>Continue</plaza-button>`,
      secondary: html`<plaza-button variant="secondary">Save as draft</plaza-button>`,
      warning: html`<plaza-button variant="warning">Delete account</plaza-button>`,
      link: html`<plaza-button variant="link" type="button">Change</plaza-button>`,
      disabled: html`<plaza-button disabled>Continue</plaza-button>`,
      disabledFocusable: html`<plaza-button disabled disabled-focusable>Continue</plaza-button>`,
      spanish: html`<div lang="es"><plaza-button>Continuar</plaza-button></div>`,
      rtl: html`<div dir="rtl" lang="ar"><plaza-button>متابعة</plaza-button></div>`,
    };
    accessibleInEveryState(states, fixture);
  });
});

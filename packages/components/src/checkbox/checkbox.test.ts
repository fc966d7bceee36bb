import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { findByRole } from '../../test/support/accessibility-tree.js';
import { formAssociationSuite } from '../../test/support/form-association.js';
import '../text-field/plaza-text-field.js';
import './plaza-checkbox.js';
import type { PlazaCheckbox } from './checkbox.js';
import { errorText } from '../../test/support/text.js';
import { accessibleInEveryState } from '../../test/support/accessible-states.js';

const inner = (box: PlazaCheckbox) => box.shadowRoot!.querySelector('input')!;

async function toggle(box: PlazaCheckbox) {
  inner(box).focus();
  await sendKeys({ press: 'Space' });
  await box.updateComplete;
}

formAssociationSuite<PlazaCheckbox>({
  tag: 'plaza-checkbox',
  attributes: { label: 'I agree to the terms', value: 'yes' },
  fill: toggle,
  emptyValue: [],
  filledValue: 'yes',
  withDefault: { attributes: { checked: '' }, value: 'yes' },
  restore: { state: 'true', value: 'yes' },
});

describe('<plaza-checkbox> on its own', () => {
  it('is a native checkbox named by its label and described by its hint', async () => {
    const box = await fixture<PlazaCheckbox>(
      html`<plaza-checkbox
        label="I agree to the terms"
        hint="You can read the terms on the previous page"
      ></plaza-checkbox>`,
    );
    const node = await findByRole('checkbox');
    expect(node.name).to.equal('I agree to the terms');
    expect(node.description).to.equal('You can read the terms on the previous page');
    expect(node.checked).to.equal(false);
    box.shadowRoot!.querySelector('label')!.click();
    await box.updateComplete;
    expect(box.checked).to.equal(true);
    expect((await findByRole('checkbox')).checked).to.equal(true);
  });

  it('submits its value ("on" by default) only while checked', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form><plaza-checkbox name="updates" label="Send me updates"></plaza-checkbox></form>`,
    );
    const box = form.querySelector('plaza-checkbox')!;
    expect(new FormData(form).has('updates')).to.equal(false);
    await toggle(box);
    expect(new FormData(form).get('updates')).to.equal('on');
    await toggle(box);
    expect(new FormData(form).has('updates')).to.equal(false);
  });

  it('has its own required message, shown on submit and cleared when checked', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form>
        <plaza-checkbox name="terms" label="I agree to the terms" required></plaza-checkbox>
      </form>`,
    );
    const box = form.querySelector('plaza-checkbox')!;
    inner(box).focus();
    inner(box).blur();
    await box.updateComplete;
    expect(errorText(box)).to.equal(null);
    form.requestSubmit();
    // Focus moves once the submit attempt is over (the next task).
    await new Promise((resolve) => setTimeout(resolve));
    await box.updateComplete;
    expect(errorText(box)).to.equal('Error: Select “I agree to the terms” to continue');
    expect(document.activeElement).to.equal(box);
    const node = await findByRole('checkbox');
    expect(node.invalid).to.equal('true');
    expect(node.description).to.equal('Error: Select “I agree to the terms” to continue');
    await toggle(box);
    expect(errorText(box)).to.equal(null);
  });

  it('takes a better message per field, and speaks Spanish', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form>
        <plaza-checkbox
          name="a"
          label="I agree to the terms"
          required
          error-messages='{"valueMissing": "Select to confirm you agree to the terms"}'
        ></plaza-checkbox>
        <plaza-checkbox lang="es" name="b" label="Acepto los términos" required></plaza-checkbox>
      </form>`,
    );
    const [english, spanish] = [...form.querySelectorAll('plaza-checkbox')];
    form.requestSubmit();
    await english.updateComplete;
    await spanish.updateComplete;
    expect(errorText(english)).to.equal('Error: Select to confirm you agree to the terms');
    expect(errorText(spanish)).to.equal('Error: Seleccione «Acepto los términos» para continuar');
  });

  it('fires input and change on user action only', async () => {
    const box = await fixture<PlazaCheckbox>(
      html`<plaza-checkbox label="Send me updates"></plaza-checkbox>`,
    );
    let inputs = 0;
    box.addEventListener('input', () => (inputs += 1));
    box.checked = true;
    await box.updateComplete;
    expect(inner(box).checked).to.equal(true);
    expect(inputs).to.equal(0);
    const changed = oneEvent(box, 'change');
    await toggle(box);
    await changed;
    expect(inputs).to.equal(1);
    expect(box.checked).to.equal(false);
  });

  it('reveals follow-up content while checked and leaves it out of FormData otherwise', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form>
        <plaza-checkbox name="updates" label="Send me updates by text message">
          <plaza-text-field name="mobile" label="Mobile phone number" type="tel" required>
          </plaza-text-field>
        </plaza-checkbox>
      </form>`,
    );
    const box = form.querySelector('plaza-checkbox')!;
    const mobile = form.querySelector<HTMLElement>('plaza-text-field')!;
    await box.updateComplete;
    expect(mobile.checkVisibility()).to.equal(false);
    expect(form.checkValidity()).to.equal(true);
    expect([...new FormData(form).keys()]).to.deep.equal([]);
    await toggle(box);
    expect(mobile.checkVisibility()).to.equal(true);
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement === mobile, 'the follow-up is next in the tab order').to.equal(
      true,
    );
    expect(form.checkValidity()).to.equal(false);
  });

  describe('accessibility (axe) in every state', () => {
    const states = {
      default: html`<plaza-checkbox label="I agree to the terms"></plaza-checkbox>`,
      hint: html`<plaza-checkbox
        label="I agree to the terms"
        hint="Read the terms first"
      ></plaza-checkbox>`,
      checked: html`<plaza-checkbox label="I agree to the terms" checked></plaza-checkbox>`,
      error: html`<plaza-checkbox
        label="I agree to the terms"
        required
        error="Select to confirm you agree to the terms"
      ></plaza-checkbox>`,
      disabled: html`<plaza-checkbox label="I agree to the terms" disabled></plaza-checkbox>`,
      spanish: html`<div lang="es">
        <plaza-checkbox
          label="Acepto los términos"
          hint="Lea los términos primero"
          error="Seleccione para confirmar que acepta los términos"
        ></plaza-checkbox>
      </div>`,
      rtl: html`<div dir="rtl" lang="ar">
        <plaza-checkbox label="أوافق على الشروط" hint="اقرأ الشروط أولاً"></plaza-checkbox>
      </div>`,
    };
    accessibleInEveryState(states, fixture);
  });
});

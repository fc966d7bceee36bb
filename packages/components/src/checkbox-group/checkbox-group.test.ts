import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { findAccessible } from '../../test/support/accessibility-tree.js';
import { formAssociationSuite } from '../../test/support/form-association.js';
import '../text-field/plaza-text-field.js';
import './plaza-checkbox-group.js';
import type { PlazaCheckboxGroup } from './checkbox-group.js';
import { errorText, text } from '../../test/support/text.js';
import { accessibleInEveryState } from '../../test/support/accessible-states.js';

const boxes = (group: PlazaCheckboxGroup) => [
  ...group.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type="checkbox"]'),
];
const box = (group: PlazaCheckboxGroup, value: string) =>
  boxes(group).find((input) => input.value === value)!;
const describedBy = (element: Element) =>
  (element.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => text((element.getRootNode() as ShadowRoot).getElementById(id)))
    .join(' ');
const wait = (ms = 0) => new Promise((resolve) => setTimeout(resolve, ms));

const BENEFITS = `<plaza-checkbox value="snap" label="SNAP" hint="Food assistance"></plaza-checkbox>
  <plaza-checkbox value="wic" label="WIC"></plaza-checkbox>
  <plaza-checkbox value="medicaid" label="Medicaid"></plaza-checkbox>
  <plaza-checkbox value="none" label="None of these" exclusive></plaza-checkbox>`;

async function toggle(group: PlazaCheckboxGroup, value: string) {
  box(group, value).focus();
  await sendKeys({ press: 'Space' });
  await group.updateComplete;
}

formAssociationSuite<PlazaCheckboxGroup>({
  tag: 'plaza-checkbox-group',
  attributes: { label: 'Which benefits do you get?' },
  content: BENEFITS,
  fill: async (group) => {
    await toggle(group, 'snap');
    await toggle(group, 'medicaid');
  },
  emptyValue: [],
  filledValue: ['snap', 'medicaid'],
  restore: { state: '["wic","medicaid"]', value: ['wic', 'medicaid'] },
});

describe('<plaza-checkbox-group>', () => {
  it('draws native checkboxes in a fieldset, each with its label and hint', async () => {
    const group = await fixture<PlazaCheckboxGroup>(
      html`<plaza-checkbox-group label="Which benefits do you get?" .innerHTML=${BENEFITS}>
      </plaza-checkbox-group>`,
    );
    expect(boxes(group).map((input) => input.value)).to.deep.equal([
      'snap',
      'wic',
      'medicaid',
      'none',
    ]);
    const fieldset = group.shadowRoot!.querySelector('fieldset')!;
    expect(text(fieldset.querySelector('legend'))).to.equal(
      'Which benefits do you get? (optional)',
    );
    const snap = await findAccessible((node) => node.role === 'checkbox' && node.name === 'SNAP');
    expect(snap.description).to.equal('Food assistance');
    expect(text(group.shadowRoot!.querySelector('[part="divider"]'))).to.equal('or');
  });

  it('submits every checked value under its one name, in option order', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form>
        <plaza-checkbox-group name="benefits" label="Benefits" .innerHTML=${BENEFITS}>
        </plaza-checkbox-group>
      </form>`,
    );
    const group = form.querySelector('plaza-checkbox-group')!;
    const changed = oneEvent(group, 'change');
    await toggle(group, 'medicaid');
    await changed;
    await toggle(group, 'snap');
    expect(new FormData(form).getAll('benefits')).to.deep.equal(['snap', 'medicaid']);
    expect(group.values).to.deep.equal(['snap', 'medicaid']);
    await toggle(group, 'snap');
    expect(new FormData(form).getAll('benefits')).to.deep.equal(['medicaid']);
  });

  it('"None of these" clears the others, and any other clears it', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form>
        <plaza-checkbox-group name="benefits" label="Benefits" .innerHTML=${BENEFITS}>
        </plaza-checkbox-group>
      </form>`,
    );
    const group = form.querySelector('plaza-checkbox-group')!;
    await toggle(group, 'snap');
    await toggle(group, 'wic');
    await toggle(group, 'none');
    expect(new FormData(form).getAll('benefits')).to.deep.equal(['none']);
    expect(box(group, 'snap').checked).to.equal(false);
    expect(box(group, 'wic').checked).to.equal(false);
    expect(box(group, 'none').checked).to.equal(true);
    await toggle(group, 'medicaid');
    expect(new FormData(form).getAll('benefits')).to.deep.equal(['medicaid']);
    expect(box(group, 'none').checked).to.equal(false);
  });

  it('moves with Tab between boxes and checks with Space', async () => {
    const group = await fixture<PlazaCheckboxGroup>(
      html`<plaza-checkbox-group label="Benefits" .innerHTML=${BENEFITS}></plaza-checkbox-group>`,
    );
    boxes(group)[0].focus();
    await sendKeys({ press: 'Tab' });
    expect(group.shadowRoot!.activeElement).to.equal(boxes(group)[1]);
    await sendKeys({ press: 'Space' });
    await group.updateComplete;
    expect(group.values).to.deep.equal(['wic']);
  });

  it('starts with the options marked checked and returns to them on reset', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form>
        <plaza-checkbox-group name="b" label="Benefits">
          <plaza-checkbox value="snap" label="SNAP" checked></plaza-checkbox>
          <plaza-checkbox value="wic" label="WIC"></plaza-checkbox>
        </plaza-checkbox-group>
      </form>`,
    );
    const group = form.querySelector('plaza-checkbox-group')!;
    expect(new FormData(form).getAll('b')).to.deep.equal(['snap']);
    await toggle(group, 'wic');
    await toggle(group, 'snap');
    expect(new FormData(form).getAll('b')).to.deep.equal(['wic']);
    form.reset();
    await group.updateComplete;
    expect(new FormData(form).getAll('b')).to.deep.equal(['snap']);
    expect(box(group, 'snap').checked).to.equal(true);
    expect(box(group, 'wic').checked).to.equal(false);
  });

  it('says "Select ..." when required and nothing is checked, on submit only', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form>
        <plaza-checkbox-group
          name="b"
          label="Which benefits do you get?"
          error-name="the benefits you get, or None of these"
          required
          .innerHTML=${BENEFITS}
        ></plaza-checkbox-group>
      </form>`,
    );
    const group = form.querySelector('plaza-checkbox-group')!;
    expect(errorText(group)).to.equal(null);
    form.requestSubmit();
    // Focus moves once the submit attempt is over (the next task).
    await new Promise((resolve) => setTimeout(resolve));
    await group.updateComplete;
    const message = 'Error: Select the benefits you get, or None of these';
    expect(errorText(group)).to.equal(message);
    expect(describedBy(group.shadowRoot!.querySelector('fieldset')!)).to.equal(message);
    expect(group.shadowRoot!.activeElement).to.equal(boxes(group)[0]);
    await toggle(group, 'none');
    expect(errorText(group)).to.equal(null);
  });

  it('the options inside submit nothing themselves and show no errors of their own', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form>
        <plaza-checkbox-group name="b" label="Benefits">
          <plaza-checkbox name="own" value="snap" label="SNAP" required checked></plaza-checkbox>
        </plaza-checkbox-group>
      </form>`,
    );
    const group = form.querySelector('plaza-checkbox-group')!;
    await group.updateComplete;
    expect([...new FormData(form)]).to.deep.equal([['b', 'snap']]);
    const option = form.querySelector('plaza-checkbox')!;
    expect(option.shadowRoot!.querySelector('input')).to.equal(null);
    expect(option.checkValidity()).to.equal(true);
  });

  describe('conditional reveal', () => {
    const revealing = html`<form>
      <plaza-checkbox-group name="contact" label="How can we contact you?">
        <plaza-checkbox value="email" label="Email">
          <plaza-text-field name="email" label="Email address" type="email" required>
          </plaza-text-field>
        </plaza-checkbox>
        <plaza-checkbox value="phone" label="Phone">
          <plaza-text-field name="phone" label="Phone number" type="tel"></plaza-text-field>
        </plaza-checkbox>
      </plaza-checkbox-group>
    </form>`;

    it('reveals follow-up for each checked option and hides it from FormData otherwise', async () => {
      const form = await fixture<HTMLFormElement>(revealing);
      const group = form.querySelector('plaza-checkbox-group')!;
      await group.updateComplete;
      const email = form.querySelector<HTMLElement>('plaza-text-field[name="email"]')!;
      const phone = form.querySelector<HTMLElement>('plaza-text-field[name="phone"]')!;
      expect(email.checkVisibility()).to.equal(false);
      expect(form.checkValidity()).to.equal(true);
      expect([...new FormData(form).keys()]).to.deep.equal([]);
      await toggle(group, 'email');
      await toggle(group, 'phone');
      expect(email.checkVisibility()).to.equal(true);
      expect(phone.checkVisibility()).to.equal(true);
      expect(form.checkValidity()).to.equal(false);
      // checkValidity() reports the invalid field, which then takes focus: let that happen first.
      await wait();
      expect([...new FormData(form).keys()]).to.deep.equal([
        'contact',
        'contact',
        'email',
        'phone',
      ]);
      await toggle(group, 'email');
      expect(email.matches(':disabled')).to.equal(true);
      expect(form.checkValidity()).to.equal(true);
    });

    it('announces the follow-up and puts it next in the tab order', async () => {
      const form = await fixture<HTMLFormElement>(revealing);
      const group = form.querySelector('plaza-checkbox-group')!;
      await toggle(group, 'email');
      await sendKeys({ press: 'Tab' });
      expect(document.activeElement).to.equal(form.querySelector('plaza-text-field[name="email"]'));
      await wait(100);
      const region = document.querySelector('[data-plaza-announcer] [aria-live="polite"]')!;
      expect(region.textContent).to.equal('Email: more questions are shown below this option');
    });
  });

  it('speaks Spanish, keeping the checked boxes when the language changes', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form lang="es">
        <plaza-checkbox-group name="b" label="Beneficios" required .innerHTML=${BENEFITS}>
        </plaza-checkbox-group>
      </form>`,
    );
    const group = form.querySelector('plaza-checkbox-group')!;
    expect(text(group.shadowRoot!.querySelector('[part="divider"]'))).to.equal('o');
    form.requestSubmit();
    await wait(); // the submit attempt ends, and focus moves, in the next task
    await group.updateComplete;
    expect(errorText(group)).to.equal('Error: Seleccione beneficios');
    await toggle(group, 'wic');
    form.setAttribute('lang', 'en');
    await wait();
    await group.updateComplete;
    expect(text(group.shadowRoot!.querySelector('[part="divider"]'))).to.equal('or');
    expect(box(group, 'wic').checked).to.equal(true);
  });

  describe('accessibility (axe) in every state', () => {
    const states = {
      default: html`<plaza-checkbox-group
        label="Benefits"
        .innerHTML=${BENEFITS}
      ></plaza-checkbox-group>`,
      hint: html`<plaza-checkbox-group
        label="Benefits"
        hint="Select all that apply"
        .innerHTML=${BENEFITS}
      ></plaza-checkbox-group>`,
      error: html`<plaza-checkbox-group
        label="Benefits"
        error="Select the benefits you get, or None of these"
        .innerHTML=${BENEFITS}
      ></plaza-checkbox-group>`,
      disabled: html`<plaza-checkbox-group
        label="Benefits"
        disabled
        .innerHTML=${BENEFITS}
      ></plaza-checkbox-group>`,
      revealed: html`<plaza-checkbox-group label="Contact">
        <plaza-checkbox value="email" label="Email" checked>
          <plaza-text-field name="email" label="Email address"></plaza-text-field>
        </plaza-checkbox>
      </plaza-checkbox-group>`,
      spanish: html`<div lang="es">
        <plaza-checkbox-group label="Beneficios" hint="Seleccione todos los que correspondan">
          <plaza-checkbox value="snap" label="SNAP"></plaza-checkbox>
          <plaza-checkbox value="none" label="Ninguno de estos" exclusive></plaza-checkbox>
        </plaza-checkbox-group>
      </div>`,
      rtl: html`<div dir="rtl" lang="ar">
        <plaza-checkbox-group label="المزايا">
          <plaza-checkbox value="snap" label="SNAP" hint="مساعدة غذائية"></plaza-checkbox>
        </plaza-checkbox-group>
      </div>`,
    };
    accessibleInEveryState(states, fixture);
  });
});

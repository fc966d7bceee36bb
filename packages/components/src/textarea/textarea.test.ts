import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { announce } from '@plaza/core';
import { findByRole } from '../../test/support/accessibility-tree.js';
import { formAssociationSuite } from '../../test/support/form-association.js';
import './plaza-textarea.js';
import type { PlazaTextarea } from './textarea.js';
import { errorText, text } from '../../test/support/text.js';
import { accessibleInEveryState } from '../../test/support/accessible-states.js';

const inner = (field: PlazaTextarea) => field.shadowRoot!.querySelector('textarea')!;
const countText = (field: PlazaTextarea) => text(field.shadowRoot!.querySelector('[part="count"]'));
const politeRegion = () =>
  document.querySelector<HTMLElement>('[data-plaza-announcer] [aria-live="polite"]');
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function typeInto(field: PlazaTextarea, typed: string) {
  inner(field).focus();
  await sendKeys({ type: typed });
  await field.updateComplete;
}

formAssociationSuite<PlazaTextarea>({
  tag: 'plaza-textarea',
  attributes: { label: 'Describe the problem' },
  fill: (field) => typeInto(field, 'The street light is out'),
  emptyValue: '',
  filledValue: 'The street light is out',
  withDefault: { attributes: { value: 'Pothole' }, value: 'Pothole' },
  restore: { state: 'Broken bench\nat the park', value: 'Broken bench\nat the park' },
});

describe('<plaza-textarea>', () => {
  it('labels the textarea, so clicking the label focuses it', async () => {
    const field = await fixture<PlazaTextarea>(
      html`<plaza-textarea label="More detail" required></plaza-textarea>`,
    );
    const label = field.shadowRoot!.querySelector('label')!;
    expect(label.control).to.equal(inner(field));
    label.click();
    expect(field.shadowRoot!.activeElement).to.equal(inner(field));
  });

  it('sets the rows and keeps new lines in what it submits', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form><plaza-textarea name="d" label="Details" rows="8"></plaza-textarea></form>`,
    );
    const field = form.querySelector('plaza-textarea')!;
    expect(inner(field).rows).to.equal(8);
    await typeInto(field, 'Line one');
    await sendKeys({ press: 'Enter' });
    await sendKeys({ type: 'Line two' });
    await field.updateComplete;
    expect(new FormData(form).get('d')).to.equal('Line one\nLine two');
  });

  it('grows with its content when autogrow is set, and never below its rows', async () => {
    const field = await fixture<PlazaTextarea>(
      html`<plaza-textarea label="Details" rows="2" autogrow></plaza-textarea>`,
    );
    const start = inner(field).getBoundingClientRect().height;
    const fixed = await fixture<PlazaTextarea>(
      html`<plaza-textarea label="Details" rows="2"></plaza-textarea>`,
    );
    expect(Math.abs(start - inner(fixed).getBoundingClientRect().height)).to.be.lessThan(8);
    inner(field).focus();
    for (let line = 0; line < 6; line++) {
      await sendKeys({ type: `line ${line}` });
      await sendKeys({ press: 'Enter' });
    }
    await field.updateComplete;
    const grown = inner(field).getBoundingClientRect().height;
    expect(grown).to.be.greaterThan(start * 2);
    expect(inner(field).scrollHeight).to.be.at.most(inner(field).clientHeight + 1);
  });

  it('exposes name, description with the limit, and invalid state', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form>
        <plaza-textarea
          label="More detail"
          hint="Do not include personal information"
          maxlength="10"
        ></plaza-textarea>
      </form>`,
    );
    const field = form.querySelector('plaza-textarea')!;
    let node = await findByRole('textbox');
    expect(node.name).to.equal('More detail (optional)');
    expect(node.description).to.equal(
      'Do not include personal information You can enter up to 10 characters',
    );
    expect(node.multiline).to.equal(true);
    await typeInto(field, 'Twelve chars');
    form.requestSubmit();
    await field.updateComplete;
    node = await findByRole('textbox');
    expect(node.invalid).to.equal('true');
    expect(node.description).to.equal(
      'Do not include personal information Error: More detail must be 10 characters or less You can enter up to 10 characters',
    );
  });

  it('counts characters left and over, and keeps text over the limit as an error', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form>
        <plaza-textarea name="d" label="Reason" maxlength="5"></plaza-textarea>
      </form>`,
    );
    const field = form.querySelector('plaza-textarea')!;
    expect(countText(field)).to.equal('You have 5 characters remaining');
    await typeInto(field, 'abcd');
    expect(countText(field)).to.equal('You have 1 character remaining');
    await typeInto(field, 'efg');
    expect(countText(field)).to.equal('You have 2 characters too many');
    expect(field.shadowRoot!.querySelector('[part="count"]')!.classList.contains('over')).to.equal(
      true,
    );
    expect(errorText(field), 'no error while typing before a submit').to.equal(null);
    expect(field.validity.tooLong).to.equal(true);
    form.requestSubmit();
    await field.updateComplete;
    expect(errorText(field)).to.equal('Error: Reason must be 5 characters or less');
    expect(inner(field).value).to.equal('abcdefg');
    expect(new FormData(form).get('d')).to.equal('abcdefg');
    await sendKeys({ press: 'Backspace' });
    await sendKeys({ press: 'Backspace' });
    await field.updateComplete;
    expect(errorText(field)).to.equal(null);
    expect(countText(field)).to.equal('You have 0 characters remaining');
  });

  it('counts words when maxwords is set', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form><plaza-textarea label="Summary" maxwords="3"></plaza-textarea></form>`,
    );
    const field = form.querySelector('plaza-textarea')!;
    expect(text(field.shadowRoot!.querySelector('#limit'))).to.equal('You can enter up to 3 words');
    await typeInto(field, 'one  two\nthree');
    expect(countText(field)).to.equal('You have 0 words remaining');
    await typeInto(field, ' four');
    expect(countText(field)).to.equal('You have 1 word too many');
    form.requestSubmit();
    await field.updateComplete;
    expect(errorText(field)).to.equal('Error: Summary must be 3 words or less');
  });

  it('shows the count only past the threshold, but always tells screen readers the limit', async () => {
    const field = await fixture<PlazaTextarea>(
      html`<plaza-textarea label="Reason" maxlength="10" threshold="50"></plaza-textarea>`,
    );
    const count = field.shadowRoot!.querySelector<HTMLElement>('[part="count"]')!;
    expect(count.hidden).to.equal(true);
    expect(field.shadowRoot!.querySelector('#limit')).not.to.equal(null);
    await typeInto(field, 'abcde');
    expect(count.hidden).to.equal(false);
  });

  it('announces the count politely once typing pauses, not on every keystroke', async () => {
    const field = await fixture<PlazaTextarea>(
      html`<plaza-textarea label="Reason" maxlength="20"></plaza-textarea>`,
    );
    const seen: string[] = [];
    await announce('Ready');
    const region = politeRegion()!;
    const observer = new MutationObserver(
      () => region.textContent && seen.push(region.textContent),
    );
    observer.observe(region, { childList: true, characterData: true, subtree: true });
    await typeInto(field, 'a');
    await typeInto(field, 'bcd');
    await wait(400);
    await typeInto(field, 'ef');
    expect(seen, 'nothing while typing').to.deep.equal([]);
    await wait(1300);
    const live = politeRegion()!;
    expect(live.getAttribute('aria-live')).to.equal('polite');
    expect(live.textContent).to.equal('You have 14 characters remaining');
    expect(seen).to.deep.equal(['You have 14 characters remaining']);
    observer.disconnect();
    expect(
      field.shadowRoot!.querySelector('[part="count"]')!.getAttribute('aria-hidden'),
      'the visible count is not read as the user types',
    ).to.equal('true');
  });

  it('shows no error on blur, then re-checks as the user corrects after a failed submit', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form><plaza-textarea label="Your question" required></plaza-textarea></form>`,
    );
    const field = form.querySelector('plaza-textarea')!;
    inner(field).focus();
    inner(field).blur();
    await field.updateComplete;
    expect(errorText(field)).to.equal(null);
    form.requestSubmit();
    // Focus moves once the submit attempt is over (the next task).
    await new Promise((resolve) => setTimeout(resolve));
    await field.updateComplete;
    expect(errorText(field)).to.equal('Error: Enter your question');
    expect(document.activeElement).to.equal(field);
    await typeInto(field, 'Why?');
    expect(errorText(field)).to.equal(null);
  });

  it('fires input and change from the host on user action only', async () => {
    const field = await fixture<PlazaTextarea>(
      html`<plaza-textarea label="Notes"></plaza-textarea>`,
    );
    let inputs = 0;
    field.addEventListener('input', () => (inputs += 1));
    field.value = 'by script';
    await field.updateComplete;
    expect(inputs).to.equal(0);
    expect(inner(field).value).to.equal('by script');
    await typeInto(field, 'xy');
    expect(inputs).to.equal(2);
    const changed = oneEvent(field, 'change');
    inner(field).blur();
    await changed;
  });

  it('speaks Spanish and keeps the text when the language changes', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form lang="es">
        <plaza-textarea label="Motivo" maxlength="3" required></plaza-textarea>
      </form>`,
    );
    const field = form.querySelector('plaza-textarea')!;
    expect(countText(field)).to.equal('Le quedan 3 caracteres');
    form.requestSubmit();
    await field.updateComplete;
    expect(errorText(field)).to.equal('Error: Ingrese motivo');
    await typeInto(field, 'abcd');
    expect(errorText(field)).to.equal('Error: Motivo debe tener 3 caracteres o menos');
    expect(countText(field)).to.equal('Tiene 1 carácter de más');
    form.setAttribute('lang', 'en');
    await wait(0);
    await field.updateComplete;
    expect(countText(field)).to.equal('You have 1 character too many');
    expect(inner(field).value).to.equal('abcd');
  });

  it('does not validate readonly or disabled fields', async () => {
    const field = await fixture<PlazaTextarea>(
      html`<plaza-textarea label="Notes" required readonly></plaza-textarea>`,
    );
    expect(field.checkValidity()).to.equal(true);
    expect(inner(field).readOnly).to.equal(true);
    field.readonly = false;
    field.disabled = true;
    await field.updateComplete;
    expect(inner(field).disabled).to.equal(true);
    expect(field.willValidate).to.equal(false);
  });

  it('renders the label as the page heading when asked', async () => {
    const field = await fixture<PlazaTextarea>(
      html`<plaza-textarea label="Tell us what happened" page-heading></plaza-textarea>`,
    );
    expect(field.shadowRoot!.querySelector('h1 > label')).not.to.equal(null);
  });

  describe('accessibility (axe) in every state', () => {
    const states = {
      default: html`<plaza-textarea label="More detail"></plaza-textarea>`,
      hint: html`<plaza-textarea label="More detail" hint="Include dates"></plaza-textarea>`,
      count: html`<plaza-textarea label="More detail" maxlength="200"></plaza-textarea>`,
      error: html`<plaza-textarea
        label="More detail"
        maxlength="3"
        value="Too long"
        error="More detail must be 3 characters or less"
      ></plaza-textarea>`,
      disabled: html`<plaza-textarea label="More detail" disabled value="Ada"></plaza-textarea>`,
      readonly: html`<plaza-textarea label="More detail" readonly value="Ada"></plaza-textarea>`,
      spanish: html`<div lang="es">
        <plaza-textarea
          label="Más detalles"
          hint="Incluya las fechas"
          maxwords="50"
          error="Ingrese más detalles"
        ></plaza-textarea>
      </div>`,
      rtl: html`<div dir="rtl" lang="ar">
        <plaza-textarea label="تفاصيل" maxlength="20"></plaza-textarea>
      </div>`,
    };
    accessibleInEveryState(states, fixture);
  });
});

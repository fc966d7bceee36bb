import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { findByRole } from '../../test/support/accessibility-tree.js';
import { formAssociationSuite } from '../../test/support/form-association.js';
import './plaza-select.js';
import type { PlazaSelect } from './select.js';
import { errorText } from '../../test/support/text.js';
import { accessibleInEveryState } from '../../test/support/accessible-states.js';

const inner = (field: PlazaSelect) => field.shadowRoot!.querySelector('select')!;
const wait = () => new Promise((resolve) => setTimeout(resolve));

const COUNTIES = `<option value="">Select a county</option>
  <option value="adams">Adams</option>
  <option value="baker">Baker</option>
  <optgroup label="Coastal">
    <option value="clatsop">Clatsop</option>
    <option value="coos">Coos</option>
  </optgroup>`;

/** Picks the next option with the keyboard, as a user on the closed select would. */
async function pickNext(field: PlazaSelect, times = 1) {
  inner(field).focus();
  for (let step = 0; step < times; step++) await sendKeys({ press: 'ArrowDown' });
  await field.updateComplete;
}

formAssociationSuite<PlazaSelect>({
  tag: 'plaza-select',
  attributes: { label: 'County' },
  content: COUNTIES,
  fill: (field) => pickNext(field),
  emptyValue: '',
  filledValue: 'adams',
  restore: { state: 'coos', value: 'coos' },
});

describe('<plaza-select>', () => {
  it('copies the light-DOM options and groups into a native select', async () => {
    const field = await fixture<PlazaSelect>(
      html`<plaza-select label="County" .innerHTML=${COUNTIES}></plaza-select>`,
    );
    const select = inner(field);
    expect([...select.options].map((option) => option.value)).to.deep.equal([
      '',
      'adams',
      'baker',
      'clatsop',
      'coos',
    ]);
    expect(select.querySelector('optgroup')!.label).to.equal('Coastal');
    expect(select.value).to.equal('');
    expect(field.value).to.equal('');
    expect(select.options[0].textContent).to.equal('Select a county');
  });

  it('is a labelled combobox whose "Select a county" is an option, not its name', async () => {
    await fixture<PlazaSelect>(
      html`<plaza-select
        label="County"
        hint="Where you live"
        .innerHTML=${COUNTIES}
      ></plaza-select>`,
    );
    const node = await findByRole('combobox');
    expect(node.name).to.equal('County (optional)');
    expect(node.description).to.equal('Where you live');
    expect(node.value).to.equal('Select a county');
  });

  it('keeps the native keyboard: arrows move through options, type-ahead finds one', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form>
        <plaza-select name="county" label="County" .innerHTML=${COUNTIES}></plaza-select>
      </form>`,
    );
    const field = form.querySelector('plaza-select')!;
    let changes = 0;
    field.addEventListener('change', () => (changes += 1));
    await pickNext(field, 2);
    expect(field.value).to.equal('baker');
    expect(changes).to.equal(2);
    await sendKeys({ type: 'co' });
    await field.updateComplete;
    expect(field.value).to.equal('coos');
    expect(new FormData(form).get('county')).to.equal('coos');
  });

  it('starts on the option marked selected and returns to it on reset', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form>
        <plaza-select name="county" label="County">
          <option value="adams">Adams</option>
          <option value="baker" selected>Baker</option>
        </plaza-select>
      </form>`,
    );
    const field = form.querySelector('plaza-select')!;
    expect(inner(field).value).to.equal('baker');
    expect(new FormData(form).get('county')).to.equal('baker');
    await sendKeys({ press: 'Tab' });
    inner(field).focus();
    await sendKeys({ press: 'ArrowUp' });
    await field.updateComplete;
    expect(field.value).to.equal('adams');
    form.reset();
    await field.updateComplete;
    expect(inner(field).value).to.equal('baker');
  });

  it('follows options added, changed or removed later, keeping the chosen value', async () => {
    const field = await fixture<PlazaSelect>(
      html`<plaza-select label="County" .innerHTML=${COUNTIES}></plaza-select>`,
    );
    await pickNext(field, 2);
    expect(field.value).to.equal('baker');
    const added = document.createElement('option');
    added.value = 'douglas';
    added.textContent = 'Douglas';
    field.append(added);
    field.querySelector('option[value="adams"]')!.textContent = 'Adams County';
    await wait();
    await field.updateComplete;
    const select = inner(field);
    expect(select.options[select.options.length - 1].value).to.equal('douglas');
    expect(select.options[1].textContent).to.equal('Adams County');
    expect(select.value).to.equal('baker');
    field.value = 'douglas';
    await field.updateComplete;
    expect(select.value).to.equal('douglas');
  });

  it('says "Select county" when required and left on the first option, and re-checks on change', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form>
        <plaza-select name="county" label="County" required .innerHTML=${COUNTIES}></plaza-select>
      </form>`,
    );
    const field = form.querySelector('plaza-select')!;
    inner(field).focus();
    inner(field).blur();
    await field.updateComplete;
    expect(errorText(field)).to.equal(null);
    form.requestSubmit();
    // Focus moves once the submit attempt is over (the next task).
    await new Promise((resolve) => setTimeout(resolve));
    await field.updateComplete;
    expect(errorText(field)).to.equal('Error: Select county');
    expect(document.activeElement).to.equal(field);
    const node = await findByRole('combobox');
    expect(node.invalid).to.equal('true');
    expect(node.description).to.equal('Error: Select county');
    await pickNext(field);
    expect(errorText(field)).to.equal(null);
    expect(inner(field).getAttribute('aria-invalid')).to.equal(null);
  });

  it('lets a field override its message, in English and Spanish', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form lang="es">
        <plaza-select name="c" label="Condado" required .innerHTML=${COUNTIES}></plaza-select>
        <plaza-select
          name="d"
          label="County"
          required
          error-messages='{"valueMissing": "Select the county where you live"}'
          .innerHTML=${COUNTIES}
        ></plaza-select>
      </form>`,
    );
    const [spanish, overridden] = [...form.querySelectorAll('plaza-select')];
    form.requestSubmit();
    await spanish.updateComplete;
    await overridden.updateComplete;
    expect(errorText(spanish)).to.equal('Error: Seleccione condado');
    expect(errorText(overridden)).to.equal('Error: Select the county where you live');
  });

  it('fires no events when the value is set by script', async () => {
    const field = await fixture<PlazaSelect>(
      html`<plaza-select label="County" .innerHTML=${COUNTIES}></plaza-select>`,
    );
    let events = 0;
    field.addEventListener('input', () => (events += 1));
    field.addEventListener('change', () => (events += 1));
    field.value = 'coos';
    await field.updateComplete;
    expect(inner(field).value).to.equal('coos');
    expect(events).to.equal(0);
  });

  it('keeps the choice when the language changes', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div lang="en">
        <plaza-select label="County" .innerHTML=${COUNTIES}></plaza-select>
      </div>`,
    );
    const field = wrapper.querySelector('plaza-select')!;
    await pickNext(field, 3);
    wrapper.setAttribute('lang', 'es');
    await wait();
    await field.updateComplete;
    expect(field.shadowRoot!.querySelector('label')!.textContent).to.contain('(opcional)');
    expect(inner(field).value).to.equal('clatsop');
  });

  describe('accessibility (axe) in every state', () => {
    const states = {
      default: html`<plaza-select label="County" .innerHTML=${COUNTIES}></plaza-select>`,
      hint: html`<plaza-select
        label="County"
        hint="The county where you live"
        .innerHTML=${COUNTIES}
      ></plaza-select>`,
      error: html`<plaza-select
        label="County"
        error="Select county"
        .innerHTML=${COUNTIES}
      ></plaza-select>`,
      disabled: html`<plaza-select label="County" disabled .innerHTML=${COUNTIES}></plaza-select>`,
      heading: html`<plaza-select
        label="Which county?"
        page-heading
        .innerHTML=${COUNTIES}
      ></plaza-select>`,
      spanish: html`<div lang="es">
        <plaza-select label="Condado" hint="Donde vive" error="Seleccione condado">
          <option value="">Seleccione un condado</option>
          <option value="adams">Adams</option>
        </plaza-select>
      </div>`,
    };
    // Mounted (the default), not fixture: fixture waits for an animation frame, which a background
    // tab may not get for a long time on a loaded machine (the wrapper <div lang="es"> timed out).
    accessibleInEveryState(states);
  });
});

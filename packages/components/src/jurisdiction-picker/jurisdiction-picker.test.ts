import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { waitUntil } from '../../test/support/wait.js';
import { sendKeys } from '@web/test-runner-commands';
import { CityRegistry, DATASET, JurisdictionData, loadShippedChunk } from '@plaza/jurisdictions';
import {
  findAccessible,
  findAllByRole,
  findByRole,
} from '../../test/support/accessibility-tree.js';
import { formAssociationSuite } from '../../test/support/form-association.js';
import './plaza-jurisdiction-picker.js';
import type { PlazaJurisdictionPicker } from './jurisdiction-picker.js';
import { text } from '../../test/support/text.js';

const root = (picker: PlazaJurisdictionPicker) => picker.shadowRoot!;
const part = (picker: PlazaJurisdictionPicker, name: string) =>
  root(picker).querySelector<HTMLElement>(`[part~="${name}"]`);
const radios = (picker: PlazaJurisdictionPicker) => [
  ...root(picker).querySelectorAll<HTMLInputElement>('input[type="radio"]'),
];
const radioLabels = (picker: PlazaJurisdictionPicker) =>
  radios(picker).map((radio) => text(root(picker).querySelector(`label[for="${radio.id}"]`)));

/** Focuses the ZIP code field through the keyboard path a person takes (Tab from the page). */
async function typeZip(picker: PlazaJurisdictionPicker, zip: string) {
  if (!part(picker, 'zip-input')) {
    part(picker, 'switch')!.focus();
    await sendKeys({ press: 'Enter' });
    await picker.updateComplete;
  }
  part(picker, 'zip-input')!.focus();
  await sendKeys({ type: zip });
  await waitUntil(() => !text(part(picker, 'result'))?.includes('…'), 'lookup finished');
  await picker.updateComplete;
}

async function chooseCountyByKeyboard(picker: PlazaJurisdictionPicker, arrows = 0) {
  await sendKeys({ press: 'Tab' });
  await sendKeys({ press: 'Space' });
  for (let i = 0; i < arrows; i++) await sendKeys({ press: 'ArrowDown' });
  await picker.updateComplete;
}

formAssociationSuite<PlazaJurisdictionPicker>({
  tag: 'plaza-jurisdiction-picker',
  attributes: { label: 'Where do you live?' },
  fill: async (picker) => {
    await typeZip(picker, '30097');
    await chooseCountyByKeyboard(picker);
  },
  emptyValue: [],
  filledValue: '13121',
  withDefault: { attributes: { value: '13121' }, value: '13121' },
  restore: {
    state: JSON.stringify({ path: 'zip', zip: '30097', county: '13121', state: '' }),
    value: '13121',
  },
  singleLine: true,
});

const picker = (disabled = false) =>
  fixture<PlazaJurisdictionPicker>(
    html`<plaza-jurisdiction-picker label="Where do you live?" name="home" ?disabled=${disabled}>
    </plaza-jurisdiction-picker>`,
  );

async function inForm(lang = 'en', required = true) {
  const form = await fixture<HTMLFormElement>(
    html`<form lang=${lang}>
      <plaza-jurisdiction-picker label="Where do you live?" name="home" ?required=${required}>
      </plaza-jurisdiction-picker>
      <button>Continue</button>
    </form>`,
  );
  form.addEventListener('submit', (event) => event.preventDefault());
  return { form, picker: form.querySelector('plaza-jurisdiction-picker')! };
}

describe('<plaza-jurisdiction-picker>', () => {
  it('confirms a one-county ZIP code in words and takes it as the answer', async () => {
    const { form, picker } = await inForm();
    const changed = oneEvent(picker, 'change');
    await typeZip(picker, '10001');
    await changed;
    expect(text(part(picker, 'result'))).to.equal(
      'ZIP code 10001 is in New York County, New York.',
    );
    expect(radios(picker)).to.have.length(0);
    expect(picker.value).to.deep.equal({ state: 'NY', county: '36061' });
    expect([...new FormData(form)]).to.deep.equal([
      ['home', '36061'],
      ['home-state', 'NY'],
    ]);
    await expect(picker).to.be.accessible();
  });

  it('asks which county when the ZIP code has several, largest share first, none hidden', async () => {
    const { picker } = await inForm();
    await typeZip(picker, '30097');
    expect(text(part(picker, 'result'))).to.equal(
      'ZIP code 30097 is in Fulton, Gwinnett, and Forsyth counties.',
    );
    expect(radioLabels(picker)).to.deep.equal([
      'Fulton County',
      'Gwinnett County',
      'Forsyth County',
    ]);
    expect(picker.value).to.equal(null);
    // Chromium's snapshot leaves out groups: check the native wiring that names the fieldset.
    const counties = part(picker, 'counties')!;
    expect(text(counties.firstElementChild)).to.equal('Which county do you live in?');
    expect(counties.firstElementChild!.localName).to.equal('legend');
    const described = root(picker).getElementById(counties.getAttribute('aria-describedby')!);
    expect(described).to.equal(part(picker, 'result'));
    expect((await findByRole('radio', 'Fulton County')).checked).to.equal(false);
    await expect(picker).to.be.accessible();
    const changed = oneEvent(picker, 'change');
    await chooseCountyByKeyboard(picker, 1);
    await changed;
    expect(picker.value).to.deep.equal({ state: 'GA', county: '13135' });
    const chosen = await findAccessible((node) => node.role === 'radio' && node.checked === true);
    expect(chosen.name).to.equal('Gwinnett County');
  });

  it('lists all five counties of 30534 in order of share', async () => {
    const { picker } = await inForm();
    await typeZip(picker, '30534');
    expect(radioLabels(picker)).to.deep.equal([
      'Dawson County',
      'Lumpkin County',
      'Forsyth County',
      'Pickens County',
      'Cherokee County',
    ]);
  });

  it('names the state of each county of a ZIP code on a state line', async () => {
    const { picker } = await inForm();
    await typeZip(picker, '42223');
    expect(radioLabels(picker)).to.deep.equal(['Montgomery County, TN', 'Christian County, KY']);
    await chooseCountyByKeyboard(picker, 1);
    expect(picker.value).to.deep.equal({ state: 'KY', county: '21047' });
  });

  it('uses full names for county equivalents, as in a Puerto Rico ZIP code', async () => {
    const { picker } = await inForm();
    await typeZip(picker, '00601');
    expect(text(part(picker, 'result'))).to.equal(
      'ZIP code 00601 is in Adjuntas Municipio and Utuado Municipio.',
    );
  });

  it('speaks Spanish', async () => {
    const { form, picker } = await inForm('es');
    await typeZip(picker, '30097');
    expect(text(part(picker, 'result'))).to.equal(
      'El código postal 30097 está en los condados de Fulton, Gwinnett y Forsyth.',
    );
    await expect(picker).to.be.accessible();
    part(picker, 'zip-input')!.focus();
    await sendKeys({ press: 'Enter' });
    await picker.updateComplete;
    expect(text(part(picker, 'error-message'))).to.equal('Error: Seleccione su condado');
    await expect(picker).to.be.accessible();
    expect(form.lang).to.equal('es');
  });

  it('offers the state and county lists when a ZIP code is not found, keeping what was typed', async () => {
    const { form, picker } = await inForm();
    await typeZip(picker, '12345');
    expect(text(part(picker, 'result'))).to.equal(
      'We could not find ZIP code 12345. Select your state and county instead.',
    );
    expect((part(picker, 'zip-input') as HTMLInputElement).value).to.equal('12345');
    part(picker, 'state-select')!.focus();
    await sendKeys({ type: 'New York' });
    await waitUntil(() => part(picker, 'county-select'), 'county list shown');
    await waitUntil(() => (part(picker, 'county-select') as HTMLSelectElement).length > 2);
    part(picker, 'county-select')!.focus();
    await sendKeys({ type: 'Schenectady' });
    await picker.updateComplete;
    expect(picker.value).to.deep.equal({ state: 'NY', county: '36093' });
    expect(new FormData(form).get('home')).to.equal('36093');
    await expect(picker).to.be.accessible();
  });

  it('says a military ZIP code has no county', async () => {
    const { picker } = await inForm();
    await typeZip(picker, '09001');
    expect(text(part(picker, 'result'))).to.equal(
      'ZIP code 09001 is for military mail. Select the state and county where you live.',
    );
  });

  it('switches to the lists and back by keyboard, keeping the ZIP code typed', async () => {
    const { picker } = await inForm();
    await typeZip(picker, '1000');
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Enter' });
    await picker.updateComplete;
    expect(part(picker, 'zip-input')).to.equal(null);
    const stateList = await findByRole('combobox', 'State');
    expect(stateList).to.not.equal(null);
    await expect(picker).to.be.accessible();
    part(picker, 'switch')!.focus();
    await sendKeys({ press: 'Enter' });
    await picker.updateComplete;
    expect((part(picker, 'zip-input') as HTMLInputElement).value).to.equal('1000');
  });

  describe('errors (GOV.UK wording), shown after a submit', () => {
    const submitByEnter = async (picker: PlazaJurisdictionPicker) => {
      part(picker, 'zip-input')!.focus();
      await sendKeys({ press: 'Enter' });
      await picker.updateComplete;
    };
    const error = (picker: PlazaJurisdictionPicker) => text(part(picker, 'error-message'));

    it('"Enter a ZIP code", then "Enter a real ZIP code, like 94103", never clearing the text', async () => {
      const { picker } = await inForm();
      expect(error(picker)).to.equal(null);
      await submitByEnter(picker);
      expect(error(picker)).to.equal('Error: Enter a ZIP code');
      const zip = await findByRole('textbox', 'ZIP code');
      expect(zip.invalid).to.equal('true');
      await expect(picker).to.be.accessible();
      await sendKeys({ type: '941' });
      await picker.updateComplete;
      expect(error(picker)).to.equal('Error: Enter a real ZIP code, like 94103');
      await sendKeys({ type: '__proto__' });
      await picker.updateComplete;
      expect(error(picker)).to.equal('Error: Enter a real ZIP code, like 94103');
      expect(picker.zip).to.equal('941__proto__');
    });

    it('"Select your county" on the first county, until one is chosen', async () => {
      const { picker } = await inForm();
      await typeZip(picker, '30097');
      await submitByEnter(picker);
      expect(error(picker)).to.equal('Error: Select your county');
      expect(picker.shadowRoot!.activeElement).to.equal(radios(picker)[0]);
      await expect(picker).to.be.accessible();
      await sendKeys({ press: 'Space' });
      await picker.updateComplete;
      expect(error(picker)).to.equal(null);
    });

    it('"Select your state" in the lists', async () => {
      const { picker } = await inForm();
      part(picker, 'switch')!.focus();
      await sendKeys({ press: 'Enter' });
      await picker.updateComplete;
      picker.reportValidity();
      await picker.updateComplete;
      expect(error(picker)).to.equal('Error: Select your state');
      expect((await findByRole('combobox', 'State')).invalid).to.equal('true');
    });

    it('is optional unless required, but a wrong ZIP code is still an error', async () => {
      const { picker } = await inForm('en', false);
      expect(picker.checkValidity()).to.equal(true);
      await typeZip(picker, '12');
      expect(picker.checkValidity()).to.equal(false);
      expect(picker.validity.badInput).to.equal(true);
    });
  });

  it('is accessible and unchangeable when disabled', async () => {
    const disabled = await picker(true);
    expect((part(disabled, 'zip-input') as HTMLInputElement).disabled).to.equal(true);
    expect((part(disabled, 'switch') as HTMLButtonElement).disabled).to.equal(true);
    await expect(disabled).to.be.accessible();
  });

  it('adds the city when the agency registered one for the ZIP code and county', async () => {
    const cities = new CityRegistry();
    cities.register([{ name: 'Johns Creek', state: 'GA', zips: ['30097'], counties: ['13121'] }]);
    const { form, picker } = await inForm();
    picker.cities = cities;
    await typeZip(picker, '30097');
    await chooseCountyByKeyboard(picker);
    expect(picker.value).to.deep.equal({ state: 'GA', county: '13121', city: 'Johns Creek' });
    expect(new FormData(form).get('home-city')).to.equal('Johns Creek');
  });

  it('takes a value from a script and shows it in the lists', async () => {
    const el = await picker();
    el.value = { state: 'LA', county: '22071' };
    await waitUntil(
      () => (part(el, 'county-select') as HTMLSelectElement | null)?.value === '22071',
    );
    expect((await findByRole('combobox', 'County')).value).to.equal('Orleans Parish');
  });

  it('credits the data source with a link, and never links an unsafe address', async () => {
    const el = await picker();
    const link = part(el, 'source')!.querySelector('a')!;
    expect(link.href).to.equal(DATASET.url);
    expect(text(link)).to.equal(`Source: ${DATASET.attribution}`);
    el.data = new JurisdictionData(loadShippedChunk, { ...DATASET, url: 'javascript:alert(1)' });
    await el.updateComplete;
    expect(part(el, 'source')!.querySelector('a')).to.equal(null);
  });

  it('offers the lists when the data cannot load', async () => {
    const el = await picker();
    el.data = new JurisdictionData(() => Promise.reject(new Error('offline')));
    await typeZip(el, '30097');
    expect(text(part(el, 'result'))).to.equal(
      'We could not look up ZIP codes just now. Select your state and county instead.',
    );
    expect(part(el, 'state-select')).to.not.equal(null);
  });

  it('fills and looks up a ZIP code set by a script, keeping it as typed', async () => {
    const el = await picker();
    el.zip = ' 30534-1234 ';
    await waitUntil(() => radios(el).length === 5, 'five counties');
    expect(el.zip).to.equal(' 30534-1234 ');
    expect((part(el, 'zip-input') as HTMLInputElement).value).to.equal(' 30534-1234 ');
  });

  it('exposes one textbox named "ZIP code" inside the question', async () => {
    await picker();
    const boxes = await findAllByRole('textbox');
    expect(boxes.map((box) => box.name)).to.deep.equal(['ZIP code']);
  });
});

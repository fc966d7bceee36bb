import { expect, html } from '@open-wc/testing';
import { mount } from '../../test/support/mount.js';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import './plaza-language-select.js';
import '../text-field/plaza-text-field.js';
import '../skip-link/plaza-skip-link.js';
import {
  PlazaLanguageSelect,
  languageDirection,
  nativeLanguageName,
  type LanguageChangeDetail,
} from './language-select.js';
import {
  drawnColor,
  emulateMedia as emulateMediaFeatures,
  FORCED_COLORS,
  systemColor,
} from '../../test/support/emulate-media.js';
import { accessibilityTree, findAllIn } from '../../test/support/accessibility-tree.js';

const buttons = (select: PlazaLanguageSelect) => [
  ...select.shadowRoot!.querySelectorAll<HTMLButtonElement>('button'),
];
const button = (select: PlazaLanguageSelect, lang: string) =>
  buttons(select).find((b) => b.lang === lang)!;
const html5 = document.documentElement;
/**
 * The group's name. Puppeteer's snapshot prunes unfocusable groups, so read the DOM wiring the
 * name comes from: role="group" labelled by the visible label.
 */
function groupName(select: PlazaLanguageSelect): string {
  const group = select.shadowRoot!.querySelector('[role="group"]')!;
  const label = select.shadowRoot!.getElementById(group.getAttribute('aria-labelledby')!)!;
  expect(label.checkVisibility()).to.equal(true);
  return label.textContent!.trim();
}

describe('<plaza-language-select>', () => {
  const original = { lang: html5.getAttribute('lang'), dir: html5.getAttribute('dir') };
  afterEach(async () => {
    for (const [name, value] of Object.entries(original)) {
      if (value === null) html5.removeAttribute(name);
      else html5.setAttribute(name, value);
    }
    await setViewport({ width: 800, height: 600 });
  });

  it('names each language in its own language, in a group named "Language"', async () => {
    html5.setAttribute('lang', 'en');
    const select = await mount<PlazaLanguageSelect>(
      html`<plaza-language-select languages="en es vi zh-Hant ar"></plaza-language-select>`,
    );
    expect(groupName(select)).to.equal('Language');
    const named = findAllIn(await accessibilityTree(), (n) => n.role === 'button');
    expect(named.map((n) => n.name)).to.deep.equal([
      'English',
      'Español',
      'Tiếng Việt',
      '繁體中文',
      'العربية',
    ]);
    expect(named.map((n) => n.pressed ?? false)).to.deep.equal([true, false, false, false, false]);
    expect(buttons(select).map((b) => b.lang)).to.deep.equal(['en', 'es', 'vi', 'zh-Hant', 'ar']);
    expect(button(select, 'ar').dir).to.equal('rtl');
  });

  it('switches the document language from the keyboard, keeping focus on the button', async () => {
    html5.setAttribute('lang', 'en');
    const select = await mount<PlazaLanguageSelect>(
      html`<plaza-language-select></plaza-language-select>`,
    );
    const events: LanguageChangeDetail[] = [];
    select.addEventListener('plaza-language-change', (event) =>
      events.push((event as CustomEvent<LanguageChangeDetail>).detail),
    );
    button(select, 'en').focus();
    await sendKeys({ press: 'Tab' });
    const spanish = button(select, 'es');
    expect(select.shadowRoot!.activeElement).to.equal(spanish);
    await sendKeys({ press: 'Enter' });
    await new Promise((resolve) => setTimeout(resolve));
    await select.updateComplete;
    expect(html5.getAttribute('lang')).to.equal('es');
    expect(html5.getAttribute('dir')).to.equal('ltr');
    expect(select.value).to.equal('es');
    expect(events).to.deep.equal([{ lang: 'es', previous: 'en' }]);
    expect(select.shadowRoot!.activeElement).to.equal(spanish, 'focus did not move');
    expect(document.activeElement).to.equal(select);
    expect(groupName(select)).to.equal('Idioma', 'its own label follows the page');
    const pressed = findAllIn(await accessibilityTree(), (n) => n.pressed === true);
    expect(pressed.map((n) => n.name)).to.deep.equal(['Español']);

    await sendKeys({ press: 'Space' });
    expect(events).to.have.length(1, 'pressing the current language does nothing');
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    await sendKeys({ press: 'Space' });
    expect(html5.getAttribute('lang')).to.equal('en');
    expect(select.shadowRoot!.activeElement).to.equal(button(select, 'en'));
  });

  it('switches every Plaza element in the target, keeping what the resident typed', async () => {
    const root = await mount<HTMLDivElement>(
      html`<div>
        <plaza-language-select target="#form-area"></plaza-language-select>
        <div id="form-area" lang="en">
          <plaza-skip-link href="#q"></plaza-skip-link>
          <plaza-text-field id="q" label="Middle name"></plaza-text-field>
        </div>
      </div>`,
    );
    const select = root.querySelector('plaza-language-select')!;
    const field = root.querySelector('plaza-text-field')!;
    const skip = root.querySelector('plaza-skip-link')!;
    field.shadowRoot!.querySelector('input')!.focus();
    await sendKeys({ type: 'Ada' });
    button(select, 'es').focus();
    await sendKeys({ press: 'Enter' });
    await new Promise((resolve) => setTimeout(resolve));
    await field.updateComplete;
    await skip.updateComplete;
    expect(field.shadowRoot!.querySelector('label')!.textContent!.trim()).to.equal(
      'Middle name (opcional)',
    );
    expect(skip.shadowRoot!.querySelector('a')!.textContent!.trim()).to.equal(
      'Saltar al contenido principal',
    );
    expect(field.value).to.equal('Ada');
    expect(field.shadowRoot!.querySelector('input')!.value).to.equal('Ada');
    expect(select.shadowRoot!.activeElement).to.equal(button(select, 'es'));
  });

  it('sets lang only where the page tells it to', async () => {
    html5.setAttribute('lang', 'en');
    const root = await mount<HTMLDivElement>(
      html`<div>
        <plaza-language-select target="#application"></plaza-language-select>
        <section id="application" lang="en"><p>Questions</p></section>
      </div>`,
    );
    const select = root.querySelector('plaza-language-select')!;
    button(select, 'es').click();
    expect(root.querySelector('#application')!.getAttribute('lang')).to.equal('es');
    expect(html5.getAttribute('lang')).to.equal('en');
  });

  it('lets the page cancel the change and switch its own way', async () => {
    html5.setAttribute('lang', 'en');
    const select = await mount<PlazaLanguageSelect>(
      html`<plaza-language-select
        @plaza-language-change=${(event: Event) => event.preventDefault()}
      ></plaza-language-select>`,
    );
    expect(select.select('es')).to.equal(false);
    expect(html5.getAttribute('lang')).to.equal('en');
    expect(select.value).to.equal('en');
  });

  it('sets dir for right-to-left languages and back', async () => {
    html5.setAttribute('lang', 'en');
    const root = await mount<HTMLDivElement>(
      html`<div>
        <plaza-language-select languages="en ar" target="#page"></plaza-language-select>
        <div id="page" lang="en"></div>
      </div>`,
    );
    const select = root.querySelector('plaza-language-select')!;
    const page = root.querySelector('#page')!;
    select.select('ar');
    expect(page.getAttribute('dir')).to.equal('rtl');
    select.select('en');
    expect(page.getAttribute('dir')).to.equal('ltr');
    expect(languageDirection('he-IL')).to.equal('rtl');
    expect(nativeLanguageName('es')).to.equal('Español');
  });

  it('marks the base language as current for a regional page language', async () => {
    html5.setAttribute('lang', 'es-MX');
    const select = await mount<PlazaLanguageSelect>(
      html`<plaza-language-select></plaza-language-select>`,
    );
    expect(button(select, 'es').getAttribute('aria-pressed')).to.equal('true');
    expect(button(select, 'en').getAttribute('aria-pressed')).to.equal('false');
  });

  it('wraps at 320 CSS px with 44px targets', async () => {
    await setViewport({ width: 320, height: 640 });
    const select = await mount<PlazaLanguageSelect>(
      html`<plaza-language-select languages="en es vi zh-Hant ko tl ru"></plaza-language-select>`,
    );
    expect(select.scrollWidth).to.be.at.most(select.clientWidth);
    for (const b of buttons(select)) {
      const box = b.getBoundingClientRect();
      expect(box.height).to.be.at.least(44);
      expect(box.right).to.be.at.most(320);
    }
  });

  describe('in forced colours, as rendered', () => {
    before(() => emulateMediaFeatures(FORCED_COLORS));
    after(() => emulateMediaFeatures([]));

    it('shows the current language in the selection colours and the others as bordered buttons', async () => {
      const select = await mount<PlazaLanguageSelect>(
        html`<plaza-language-select languages="en es vi"></plaza-language-select>`,
      );
      const current = button(select, 'en');
      expect(current.getAttribute('aria-pressed')).to.equal('true');
      expect(drawnColor(current, 'background-color')).to.equal(systemColor('Highlight'));
      expect(drawnColor(current, 'color')).to.equal(systemColor('HighlightText'));
      for (const other of [button(select, 'es'), button(select, 'vi')]) {
        expect(drawnColor(other, 'background-color'), other.lang).to.not.equal(
          systemColor('Highlight'),
        );
        expect(drawnColor(other, 'border-top-color'), other.lang).to.equal(
          systemColor('ButtonBorder'),
        );
      }
    });
  });

  describe('accessibility (axe)', () => {
    const states = {
      default: html`<plaza-language-select languages="en es vi"></plaza-language-select>`,
      spanish: html`<div lang="es"><plaza-language-select></plaza-language-select></div>`,
      rtl: html`<div dir="rtl" lang="ar">
        <plaza-language-select languages="ar en es" target="#x"></plaza-language-select>
        <div id="x" lang="ar"></div>
      </div>`,
    };
    for (const [name, template] of Object.entries(states)) {
      it(name, async () => {
        html5.setAttribute('lang', 'en');
        await expect(await mount(template)).to.be.accessible();
      });
    }
  });
});

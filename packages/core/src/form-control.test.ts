import { expect, fixture, html as testHtml } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import { html } from 'lit';
import { define } from './define.js';
import { FORM_INVALID_EVENT, type FormInvalidDetail } from './form-errors.js';
import { PlazaFormControl, type FormValue } from './form-control.js';
import type { Catalog } from '@plaza/i18n';
import { adoptTokens } from './plaza-element.js';
import { resolveLanguage } from './localize-controller.js';

/** The smallest real control: one input, value kept as typed. */
class CoreTestControl extends PlazaFormControl {
  static override messages: Record<string, Catalog> = {
    en: { 'coreTest.status': 'Ready' },
    es: { 'coreTest.status': 'Listo' },
  };
  value = '';
  protected override get validationValue() {
    return this.value;
  }
  protected override get validationAnchor() {
    return this.shadowRoot?.querySelector('input') ?? null;
  }
  protected override formValue(): { value: FormValue; state: FormValue } {
    return { value: this.value, state: this.value };
  }
  protected override resetValue() {
    this.value = '';
  }
  protected override restoreValue(state: FormValue) {
    this.value = String(state);
  }
  override render() {
    const issue = this.visibleIssue;
    return html`<label for="c">${this.label}</label><input id="c" .value=${this.value} />
      <p id="e">${issue ? this.messageFor(issue) : ''}</p>
      <p id="lang">${this.localize.lang}</p>
      <p id="status">${this.t('coreTest.status')}</p>
      <p id="marker">${this.markerText}</p>`;
  }
}
define('core-test-control', CoreTestControl);

/** A subclass with words of its own still gets its base class's words. */
class CoreTestSubclass extends CoreTestControl {
  static override messages = { en: { 'coreTest.extra': 'More' }, es: { 'coreTest.extra': 'Más' } };
  override render() {
    return html`${super.render()}
      <p id="extra">${this.t('coreTest.extra')}</p>`;
  }
}
define('core-test-subclass', CoreTestSubclass);

describe('PlazaFormControl', () => {
  it('sends one plaza-form-invalid event per failed submit, listing controls in order', async () => {
    const form = await fixture<HTMLFormElement>(testHtml`<form>
      <core-test-control name="b" label="Second" required></core-test-control>
      <core-test-control name="a" label="First" required></core-test-control>
    </form>`);
    const [second, first] = form.querySelectorAll('core-test-control');
    const events: FormInvalidDetail[] = [];
    form.addEventListener(FORM_INVALID_EVENT, (event) =>
      events.push((event as CustomEvent<FormInvalidDetail>).detail),
    );
    form.requestSubmit();
    await new Promise((resolve) => setTimeout(resolve));
    expect(events.length).to.equal(1);
    expect(events[0].controls).to.deep.equal([second, first]);
    expect(document.activeElement).to.equal(second);
  });

  // A person's submit fires each `invalid` from native code with a microtask checkpoint after
  // every listener; a microtask batch then reports one control at a time.
  for (const how of ['click', 'Enter'] as const) {
    it(`sends one event listing every control when a person submits with ${how}`, async () => {
      const form = await fixture<HTMLFormElement>(testHtml`<form>
        <core-test-control name="a" label="First" required></core-test-control>
        <core-test-control name="b" label="Second" required></core-test-control>
        <core-test-control name="c" label="Third" required></core-test-control>
        <button>Continue</button>
      </form>`);
      const events: FormInvalidDetail[] = [];
      form.addEventListener(FORM_INVALID_EVENT, (event) =>
        events.push((event as CustomEvent<FormInvalidDetail>).detail),
      );
      const button = form.querySelector('button')!;
      if (how === 'click') {
        const box = button.getBoundingClientRect();
        const position: [number, number] = [
          Math.round(box.x + box.width / 2),
          Math.round(box.y + box.height / 2),
        ];
        await sendMouse({ type: 'click', position });
      } else {
        button.focus();
        await sendKeys({ press: 'Enter' });
      }
      await new Promise((resolve) => setTimeout(resolve));
      expect(events.map((detail) => detail.controls.length)).to.deep.equal([3]);
    });
  }

  it('leaves focus alone when a listener (an error summary) cancels the event', async () => {
    const form = await fixture<HTMLFormElement>(testHtml`<form>
      <button type="button">Elsewhere</button>
      <core-test-control name="a" label="Name" required></core-test-control>
    </form>`);
    const button = form.querySelector('button')!;
    button.focus();
    form.addEventListener(FORM_INVALID_EVENT, (event) => event.preventDefault());
    form.requestSubmit();
    await new Promise((resolve) => setTimeout(resolve));
    expect(document.activeElement).to.equal(button);
  });

  it('reports a control outside any form on the control itself', async () => {
    const control = await fixture<CoreTestControl>(
      testHtml`<core-test-control label="Name" required></core-test-control>`,
    );
    let target: EventTarget | null = null;
    control.addEventListener(FORM_INVALID_EVENT, (event) => (target = event.target));
    expect(control.reportValidity()).to.equal(false);
    await new Promise((resolve) => setTimeout(resolve));
    expect(target).to.equal(control);
    expect(control.shadowRoot!.querySelector('#e')!.textContent).to.equal('Enter name');
  });

  it('reports a control without a label, which nobody could name', async () => {
    const errors: string[] = [];
    const original = console.error;
    console.error = (message: string) => errors.push(message);
    try {
      await fixture(testHtml`<core-test-control name="a"></core-test-control>`);
      await fixture(testHtml`<core-test-control name="b" label="Named"></core-test-control>`);
    } finally {
      console.error = original;
    }
    expect(errors).to.deep.equal([
      '<core-test-control> needs a label: a control without one cannot be named.',
    ]);
  });

  it('marks optional questions by default, required ones only when asked', async () => {
    const markerOf = async (attributes: string) => {
      const holder = await fixture<HTMLElement>(testHtml`<div></div>`);
      holder.innerHTML = `<core-test-control label="Q" ${attributes}></core-test-control>`;
      const control = holder.firstElementChild as CoreTestControl;
      await control.updateComplete;
      return control.shadowRoot!.querySelector('#marker')!.textContent;
    };
    expect(await markerOf('')).to.equal('(optional)');
    expect(await markerOf('required')).to.equal('');
    expect(await markerOf('required marker="required"')).to.equal('(required)');
    expect(await markerOf('marker="required"')).to.equal('');
    expect(await markerOf('marker="none"')).to.equal('');
    expect(await markerOf('lang="es"')).to.equal('(opcional)');
  });

  it('anchors validity on the inner control, so the browser focuses it', async () => {
    const control = await fixture<CoreTestControl>(
      testHtml`<core-test-control label="Name" required></core-test-control>`,
    );
    control.reportValidity();
    await new Promise((resolve) => setTimeout(resolve));
    expect(control.shadowRoot!.activeElement).to.equal(control.shadowRoot!.querySelector('input'));
  });

  it('takes its language from the nearest lang, across shadow roots', async () => {
    const host = await fixture<HTMLElement>(testHtml`<div lang="es-MX"><span></span></div>`);
    const root = host.querySelector('span')!.attachShadow({ mode: 'open' });
    const inner = document.createElement('p');
    root.append(inner);
    expect(resolveLanguage(inner)).to.equal('es-MX');
    const empty = document.createElement('p');
    empty.setAttribute('lang', '');
    host.append(empty);
    expect(resolveLanguage(empty)).to.equal('es-MX');
    expect(resolveLanguage(document.createElement('p'))).to.equal('en');
  });

  it('re-renders when any ancestor lang changes', async () => {
    const wrapper = await fixture<HTMLElement>(testHtml`<section lang="en">
      <div><core-test-control label="Name"></core-test-control></div>
    </section>`);
    const control = wrapper.querySelector<CoreTestControl>('core-test-control')!;
    expect(control.shadowRoot!.querySelector('#lang')!.textContent).to.equal('en');
    wrapper.setAttribute('lang', 'es');
    await new Promise((resolve) => setTimeout(resolve));
    await control.updateComplete;
    expect(control.shadowRoot!.querySelector('#lang')!.textContent).to.equal('es');
    expect(control.shadowRoot!.querySelector('#status')!.textContent).to.equal('Listo');
  });
});

describe('the field named in error messages', () => {
  it('uses error-name, the label as a noun phrase, or for a question generic words and a warning', async () => {
    const warnings: unknown[][] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      const form = await fixture<HTMLFormElement>(testHtml`<form>
        <core-test-control required label="Full name"></core-test-control>
        <core-test-control required label="What is your name?" error-name="your name"></core-test-control>
        <core-test-control required label="What is your name?"></core-test-control>
        <core-test-control required label="Where do you live?"></core-test-control>
        <core-test-control required lang="es" label="¿Cuál es su nombre?"></core-test-control>
        <core-test-control required lang="ar" label="ما اسمك؟"></core-test-control>
      </form>`);
      const messages = [...form.querySelectorAll<CoreTestControl>('core-test-control')].map(
        (control) => control.validationMessage,
      );
      expect(messages).to.deep.equal([
        'Enter full name',
        'Enter your name',
        'Enter an answer',
        'Enter an answer',
        'Ingrese una respuesta',
        'Enter an answer',
      ]);
      // Once per element name, naming the label and the attribute that fixes it.
      expect(warnings).to.have.length(1);
      expect(String(warnings[0][0])).to.contain('What is your name?').and.contain('error-name');
    } finally {
      console.warn = warn;
    }
  });
});

describe('element messages', () => {
  it('registers the strings of the class and of the classes it extends', async () => {
    const control = await fixture<CoreTestSubclass>(
      testHtml`<core-test-subclass lang="es" label="Nombre"></core-test-subclass>`,
    );
    expect(control.shadowRoot!.querySelector('#extra')!.textContent).to.equal('Más');
    expect(control.shadowRoot!.querySelector('#status')!.textContent).to.equal('Listo');
  });
});

describe('design tokens on the page', () => {
  it('adopts the token sheet once per document, in a layer agencies can override', async () => {
    const frame = await fixture<HTMLIFrameElement>(
      testHtml`<iframe title="Token test page"></iframe>`,
    );
    const doc = frame.contentDocument!;
    doc.head.innerHTML = '<style>:root { --plaza-color-primary: rgb(1, 2, 3); }</style>';
    adoptTokens(doc);
    adoptTokens(doc);
    expect(doc.adoptedStyleSheets.length).to.equal(1);
    const style = frame.contentWindow!.getComputedStyle(doc.documentElement);
    expect(style.getPropertyValue('--plaza-color-primary').trim()).to.equal('rgb(1, 2, 3)');
    expect(style.getPropertyValue('--plaza-color-error').trim()).to.match(/^#[0-9a-f]{6}$/i);
  });
});

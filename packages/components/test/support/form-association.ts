/**
 * The form-association contract every Plaza control must keep, as one suite each control runs:
 * a new control cannot skip it. Each control says how a user fills it and what it then submits.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { FormValue, PlazaFormControl } from '@plaza/core';
import '../../src/error-summary/plaza-error-summary.js';
import { clickOn } from './person.js';
import { accessibilityTree, findAllIn, type AXNode } from './accessibility-tree.js';

/**
 * The parts a person fills in; radios say "required" once, through their radiogroup. Read from
 * the DOM: Chromium's accessibility snapshot reports `required` for text boxes only.
 */
const FIELD_PARTS = 'input:not([type="radio"]), select, textarea, [role="radiogroup"]';

const invalidIn = (root: AXNode) => findAllIn(root, (node) => node.invalid === 'true');

export interface FormAssociationSubject<T extends PlazaFormControl> {
  /** Custom element tag, e.g. `plaza-text-field`. */
  tag: string;
  /** Attributes that make a valid, labelled control, e.g. `label="Full name"`. */
  attributes: Record<string, string>;
  /** Light-DOM markup the control is created with, e.g. its `<option>`s or `<plaza-radio>`s. */
  content?: string;
  /** Fills the control as a user would (typing, clicking), leaving it valid and non-empty. */
  fill(control: T): Promise<void>;
  /** What FormData holds for the name while empty: `''` for text, nothing for a checkbox. */
  emptyValue: string | string[];
  /** What FormData holds for the control's name after `fill`. */
  filledValue: string | string[];
  /** Attributes for a control that starts with a default value, and what it submits. */
  withDefault?: { attributes: Record<string, string>; value: string | string[] };
  /** A state the browser may restore (what the user typed), and what the form then submits. */
  restore: { state: FormValue; value: string | string[] };
  /** The control has a single-line input, where Enter submits the form as in a native one. */
  singleLine?: boolean;
  /**
   * For a control that submits several named fields (`answer.line1`, `answer.zip`...): the one
   * whose values `emptyValue`, `filledValue`, `withDefault` and `restore` give (`.zip`).
   */
  field?: string;
  /** Ids of parts that stay optional in a required control (an address's second line). */
  optionalParts?: string[];
}

/** The first single-line input a person types in, inside the control. */
const SINGLE_LINE = 'input:not([type]), input[type="text"], input[type="email"], input[type="tel"]';

const submittedValues = (form: HTMLFormElement, name: string) =>
  new FormData(form).getAll(name).map(String);

const asArray = (value: string | string[]) => (Array.isArray(value) ? value : [value]);

export function formAssociationSuite<T extends PlazaFormControl>(
  subject: FormAssociationSubject<T>,
): void {
  /** Builds the control with its attributes before it connects, as markup would. */
  const create = (attributes: Record<string, string>) => {
    const control = document.createElement(subject.tag) as T;
    for (const [name, value] of Object.entries(attributes)) control.setAttribute(name, value);
    if (subject.content) control.innerHTML = subject.content;
    return control;
  };
  const submitted = (form: HTMLFormElement) =>
    submittedValues(form, `answer${subject.field ?? ''}`);
  const render = async (attributes: Record<string, string>, wrap = 'form') => {
    const form = await fixture<HTMLFormElement>(
      wrap === 'fieldset' ? html`<form><fieldset disabled></fieldset></form>` : html`<form></form>`,
    );
    const control = create(attributes);
    (form.querySelector('fieldset') ?? form).append(control);
    await control.updateComplete;
    return { form, control };
  };

  describe(`${subject.tag}: form association`, () => {
    it('is a form-associated custom element with ElementInternals', async () => {
      const { form, control } = await render({ ...subject.attributes, name: 'answer' });
      expect((control.constructor as typeof PlazaFormControl).formAssociated).to.equal(true);
      expect(control.form).to.equal(form);
      expect([...form.elements]).to.include(control);
    });

    it('submits its value in FormData under its name', async () => {
      const { form, control } = await render({ ...subject.attributes, name: 'answer' });
      expect(submitted(form)).to.deep.equal(asArray(subject.emptyValue));
      await subject.fill(control);
      await control.updateComplete;
      expect(submitted(form)).to.deep.equal(asArray(subject.filledValue));
    });

    it('returns to its default value on form.reset()', async () => {
      const defaults = subject.withDefault ?? { attributes: {}, value: subject.emptyValue };
      const { form, control } = await render({
        ...subject.attributes,
        ...defaults.attributes,
        name: 'answer',
      });
      await subject.fill(control);
      form.reset();
      await control.updateComplete;
      expect(submitted(form)).to.deep.equal(asArray(defaults.value));
    });

    it('is disabled, unsubmitted and unvalidated inside <fieldset disabled>', async () => {
      const { form, control } = await render(
        { ...subject.attributes, name: 'answer', required: '' },
        'fieldset',
      );
      expect(control.matches(':disabled')).to.equal(true);
      expect(control.willValidate).to.equal(false);
      expect(form.checkValidity()).to.equal(true);
      const focusable = control.shadowRoot!.querySelectorAll(
        ':is(input, select, textarea, button):not(:disabled)',
      );
      expect(focusable.length, 'inner controls are disabled too').to.equal(0);
    });

    it('joins the form named by its form attribute', async () => {
      const container = await fixture<HTMLElement>(html`<div><form id="elsewhere"></form></div>`);
      const control = create({ ...subject.attributes, form: 'elsewhere', name: 'answer' });
      container.append(control);
      await control.updateComplete;
      await subject.fill(control);
      await control.updateComplete;
      const form = container.querySelector('form') as HTMLFormElement;
      expect(control.form).to.equal(form);
      expect(submitted(form)).to.deep.equal(asArray(subject.filledValue));
    });

    it('restores its state on back/forward navigation', async () => {
      const { form, control } = await render({ ...subject.attributes, name: 'answer' });
      // The browser hands back the state the control gave setFormValue, as this call does.
      control.formStateRestoreCallback(subject.restore.state, 'restore');
      await control.updateComplete;
      expect(submitted(form)).to.deep.equal(asArray(subject.restore.value));
    });

    it('blocks submission while required and empty, and shows the message after submit', async () => {
      const { form, control } = await render({
        ...subject.attributes,
        name: 'answer',
        required: '',
      });
      let submitted = false;
      form.addEventListener('submit', (event) => {
        event.preventDefault();
        submitted = true;
      });
      expect(control.shadowRoot!.querySelector('[part~="error-message"]')).to.equal(null);
      form.requestSubmit();
      await control.updateComplete;
      expect(submitted).to.equal(false);
      expect(control.validity.valueMissing).to.equal(true);
      expect(control.shadowRoot!.querySelector('[part~="error-message"]')).not.to.equal(null);
      await subject.fill(control);
      await control.updateComplete;
      expect(control.shadowRoot!.querySelector('[part~="error-message"]')).to.equal(null);
      form.requestSubmit();
      expect(submitted).to.equal(true);
    });

    // A person's submit, not `requestSubmit()`: the browser then fires `invalid` from native code
    // with a microtask checkpoint after each listener, which script-driven tests never see.
    for (const how of ['a click', 'Enter'] as const) {
      it(`lists every error in the summary when a person submits with ${how}`, async () => {
        const form = await fixture<HTMLFormElement>(
          html`<form><plaza-error-summary></plaza-error-summary></form>`,
        );
        const controls = ['first', 'second', 'third'].map((name) =>
          create({ ...subject.attributes, name, required: '' }),
        );
        const button = Object.assign(document.createElement('button'), { textContent: 'Continue' });
        form.append(...controls, button);
        let submitted = false;
        form.addEventListener('submit', (event) => {
          event.preventDefault();
          submitted = true;
        });
        await Promise.all(controls.map((control) => control.updateComplete));
        if (how === 'a click') {
          await clickOn(button);
        } else {
          button.focus();
          await sendKeys({ press: 'Enter' });
        }
        const summary = form.querySelector('plaza-error-summary')!;
        await new Promise((resolve) => setTimeout(resolve));
        await summary.updateComplete;
        expect(submitted).to.equal(false);
        const links = [...summary.shadowRoot!.querySelectorAll('a')];
        expect(links.map((link) => link.getAttribute('href'))).to.deep.equal(
          controls.map((control) => `#${control.id}`),
        );
        expect(links.map((link) => link.textContent!.trim())).to.deep.equal(
          controls.map((control) => control.validationMessage),
        );
      });
    }

    it('says required on every part, and invalid on none until a failed submit', async () => {
      const { form, control } = await render({
        ...subject.attributes,
        name: 'answer',
        required: '',
      });
      const button = Object.assign(document.createElement('button'), { textContent: 'Continue' });
      form.append(button);
      form.addEventListener('submit', (event) => event.preventDefault());
      const before = await accessibilityTree();
      const optional = new Set(subject.optionalParts);
      const parts = [...control.shadowRoot!.querySelectorAll(FIELD_PARTS)].filter(
        (part) => !optional.has(part.id),
      );
      expect(parts.length, 'parts to fill in').to.be.greaterThan(0);
      expect(parts.map((part) => `${part.id} ${part.getAttribute('aria-required')}`)).to.deep.equal(
        parts.map((part) => `${part.id} true`),
      );
      expect(invalidIn(before), 'nothing is invalid on load').to.deep.equal([]);
      await clickOn(button);
      await new Promise((resolve) => setTimeout(resolve));
      await control.updateComplete;
      expect(invalidIn(await accessibilityTree()).length).to.be.greaterThan(0);
    });

    it('names an optional question with a space before its "(optional)" marker', async () => {
      const { control } = await render({ ...subject.attributes, name: 'answer' });
      // Chromium's snapshot leaves out fieldsets; a <label>'s control carries the name.
      const shown = [...control.shadowRoot!.querySelectorAll('label')].some((label) =>
        label.textContent!.includes('(optional)'),
      );
      const named = findAllIn(
        await accessibilityTree(),
        (node) => node.role !== 'StaticText' && node.name.includes('(optional)'),
      );
      expect(named.length > 0, 'the marker is in an accessible name').to.equal(shown);
      for (const node of named) expect(node.name).to.match(/\S \(optional\)$/u);
    });

    if (subject.singleLine) {
      // HTML's implicit submission, with a real Enter key in the control's first single-line input.
      const pressEnter = async (form: HTMLFormElement, control: T) => {
        const submitters: (Element | null)[] = [];
        const onSubmit = (event: SubmitEvent) => {
          event.preventDefault();
          submitters.push(event.submitter);
        };
        form.addEventListener('submit', onSubmit);
        await clickOn(control.shadowRoot!.querySelector(SINGLE_LINE)!);
        await sendKeys({ press: 'Enter' });
        await new Promise((resolve) => setTimeout(resolve));
        form.removeEventListener('submit', onSubmit);
        return submitters;
      };
      /** Builds `tag` owned by the test form, through the `form` attribute when outside it. */
      const owned = (tag: string, attributes: Record<string, string> = {}, text = '') => {
        const element = Object.assign(document.createElement(tag), { textContent: text });
        for (const [name, value] of Object.entries({ form: 'implicit', ...attributes }))
          element.setAttribute(name, value);
        return element;
      };
      /** The form, with `outside` before it in tree order and `inside` after the control. */
      const inForm = async (outside: Element[], inside: Element[]) => {
        const holder = await fixture<HTMLElement>(html`<div><form id="implicit"></form></div>`);
        const form = holder.querySelector('form')!;
        const control = create({ ...subject.attributes, name: 'answer' });
        form.before(...outside);
        form.append(control, ...inside);
        await control.updateComplete;
        return { form, control };
      };

      it('Enter submits through the default button: the first submit button in tree order', async () => {
        const defaultButton = owned('button', {}, 'Continue');
        const { form, control } = await inForm(
          [owned('button', { type: 'button' }, 'Help'), defaultButton],
          [owned('button', {}, 'Save')],
        );
        expect(await pressEnter(form, control)).to.deep.equal([defaultButton]);
      });

      it('Enter does nothing while the default button is disabled', async () => {
        const defaultButton = owned('button', { disabled: '' }, 'Continue');
        const { form, control } = await inForm([], [defaultButton, owned('button', {}, 'Save')]);
        expect(await pressEnter(form, control)).to.deep.equal([]);
        defaultButton.removeAttribute('disabled');
        expect(await pressEnter(form, control)).to.deep.equal([defaultButton]);
      });

      it('Enter without a submit button submits only when no other field blocks it', async () => {
        const other = owned('input', { 'aria-label': 'Nickname' });
        const { form, control } = await inForm([], [other]);
        expect(await pressEnter(form, control)).to.deep.equal([]);
        other.remove();
        expect(await pressEnter(form, control)).to.deep.equal([null]);
      });
    }

    it('supports checkValidity, reportValidity and setCustomValidity', async () => {
      const { control } = await render({ ...subject.attributes, name: 'answer' });
      expect(control.checkValidity()).to.equal(true);
      control.setCustomValidity('Answer this differently');
      expect(control.checkValidity()).to.equal(false);
      expect(control.validity.customError).to.equal(true);
      expect(control.validationMessage).to.equal('Answer this differently');
      expect(control.reportValidity()).to.equal(false);
      await control.updateComplete;
      expect(control.shadowRoot!.textContent).to.contain('Answer this differently');
      control.setCustomValidity('');
      expect(control.checkValidity()).to.equal(true);
    });
  });
}

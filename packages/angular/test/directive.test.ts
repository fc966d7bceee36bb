/**
 * `PlazaFormControlDirective` in a real Angular app in the browser, without the consumer app's
 * build: Angular's JIT compiler (@angular/compiler, loaded first) compiles the test components
 * and links the directive's declaration. A resident types, ticks and tabs (trusted input); the
 * Angular model, validity, touched and disabled state follow, and the model writes back.
 */
import '@angular/compiler';
import {
  ApplicationRef,
  Component,
  CUSTOM_ELEMENTS_SCHEMA,
  provideZonelessChangeDetection,
  type Type,
} from '@angular/core';
import { bootstrapApplication } from '@angular/platform-browser';
import { FormControl, FormGroup, FormsModule, ReactiveFormsModule } from '@angular/forms';
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '@plaza/components/text-field.js';
import '@plaza/components/checkbox.js';
import { clickOn } from '../../components/test/support/person.js';
import { waitUntil } from '../../components/test/support/wait.js';
import { PlazaFormControlDirective } from '../src/public-api.js';

type PlazaField = HTMLElement & {
  value: string;
  disabled: boolean;
  validationMessage: string;
};

const apps: ApplicationRef[] = [];
afterEach(() => {
  for (const app of apps.splice(0)) app.destroy();
});

/** Bootstraps `component` on a fresh host element and returns its instance once rendered. */
async function start<T>(component: Type<T>, selector: string): Promise<T> {
  document.body.append(document.createElement(selector));
  const app = await bootstrapApplication(component, {
    providers: [provideZonelessChangeDetection()],
  });
  apps.push(app);
  await app.whenStable();
  return app.components[0]!.instance as T;
}

const inputOf = (field: Element) => field.shadowRoot!.querySelector('input')!;

@Component({
  selector: 'test-reactive-form',
  imports: [ReactiveFormsModule, PlazaFormControlDirective],
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `<form [formGroup]="form" ngNativeValidate>
    <plaza-text-field formControlName="fullName" label="Full name" required></plaza-text-field>
    <plaza-checkbox formControlName="agree" label="I agree" value="yes"></plaza-checkbox>
  </form>`,
})
class ReactiveForm {
  readonly form = new FormGroup({
    fullName: new FormControl<string | null>('Ana'),
    agree: new FormControl(false),
  });
}

@Component({
  selector: 'test-template-form',
  imports: [FormsModule, PlazaFormControlDirective],
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `<form ngNativeValidate>
    <plaza-text-field name="city" label="City" [(ngModel)]="city"></plaza-text-field>
  </form>`,
})
class TemplateForm {
  city = 'Reno';
}

describe('PlazaFormControlDirective (Angular forms)', () => {
  it('writes the model to the element, and sends typing, ticking and leaving back to a reactive form', async () => {
    const component = await start(ReactiveForm, 'test-reactive-form');
    const field = document.querySelector<PlazaField>('test-reactive-form plaza-text-field')!;
    const checkbox = document.querySelector<HTMLElement & { checked: boolean }>(
      'test-reactive-form plaza-checkbox',
    )!;
    const { form } = component;
    expect(field.value).to.equal('Ana');
    expect(form.valid).to.equal(true);

    await clickOn(inputOf(field));
    await sendKeys({ press: 'End' });
    await sendKeys({ type: ' Ruiz' });
    expect(form.value.fullName).to.equal('Ana Ruiz');
    expect(form.controls.fullName.touched, 'touched while focus is still inside').to.equal(false);

    await clickOn(inputOf(checkbox));
    expect(form.value.agree).to.equal(true);
    expect(form.controls.fullName.touched, 'touched once focus left').to.equal(true);

    // The element's own validity becomes Angular's `plaza` error (beside Angular's `required`,
    // from its RequiredValidator on the same attribute), and clears with it.
    form.controls.fullName.setValue('');
    await waitUntil(
      () => form.controls.fullName.hasError('plaza'),
      "the element's validity reaches Angular",
    );
    expect(field.validationMessage).not.to.equal('');
    expect(form.controls.fullName.getError('plaza').message).to.equal(field.validationMessage);
    form.controls.fullName.setValue('Ana');
    await waitUntil(() => form.valid, 'the form follows the element back to valid');

    form.controls.fullName.disable();
    expect(field.disabled).to.equal(true);
    form.controls.fullName.enable();
    expect(field.disabled).to.equal(false);

    form.reset();
    expect(field.value, 'a reset writes the empty answer').to.equal('');
    expect(checkbox.checked).to.equal(false);
  });

  it('keeps ngModel and the element in step in a template-driven form', async () => {
    const component = await start(TemplateForm, 'test-template-form');
    const field = document.querySelector<PlazaField>('test-template-form plaza-text-field')!;
    await waitUntil(() => field.value === 'Reno', 'ngModel writes its first value');
    await clickOn(inputOf(field));
    await sendKeys({ press: 'End' });
    await sendKeys({ type: ', NV' });
    expect(component.city).to.equal('Reno, NV');
  });
});

// An agency's Angular app: a reactive form whose controls are Plaza elements, connected by
// @plaza/angular. `ngNativeValidate` keeps Angular from adding `novalidate`, so the browser (and
// Plaza) stop an empty submit and show the errors; a valid one is posted from `ngSubmit`.
import { Component, CUSTOM_ELEMENTS_SCHEMA, signal } from '@angular/core';
import { bootstrapApplication } from '@angular/platform-browser';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { PlazaFormControlDirective } from '@plaza/angular';
import '@plaza/components/error-summary.js';
import '@plaza/components/text-field.js';
import '@plaza/components/radio-group.js';
import '@plaza/components/button.js';

@Component({
  selector: 'app-permit-form',
  imports: [ReactiveFormsModule, PlazaFormControlDirective],
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `
    <h1>Apply for a parking permit</h1>
    <p id="status" role="status">{{ sent() ? 'Sent ' + sent() : '' }}</p>
    <p id="mirror">{{ form.value['full-name'] ?? '' }}</p>
    <p id="touched">{{ form.controls['full-name'].touched ? 'touched' : '' }}</p>
    <p id="valid">{{ form.valid ? 'valid' : 'invalid' }}</p>
    <form [formGroup]="form" (ngSubmit)="send($event)" ngNativeValidate>
      <plaza-error-summary></plaza-error-summary>
      <plaza-text-field
        formControlName="full-name"
        name="full-name"
        label="Full name"
        autocomplete="name"
        required
      ></plaza-text-field>
      <plaza-radio-group
        formControlName="contact"
        name="contact"
        label="How should we contact you?"
        error-name="how we should contact you"
        required
      >
        <plaza-radio value="email" label="Email"></plaza-radio>
        <plaza-radio value="phone" label="Phone"></plaza-radio>
        <plaza-radio value="mail" label="Mail"></plaza-radio>
      </plaza-radio-group>
      <plaza-button>Continue</plaza-button>
      <plaza-button type="reset" variant="secondary">Start again</plaza-button>
    </form>
  `,
})
class PermitForm {
  readonly form = new FormGroup({
    'full-name': new FormControl('', Validators.required),
    contact: new FormControl('', Validators.required),
  });
  readonly sent = signal(0);

  async send(event: Event): Promise<void> {
    if (this.form.invalid) return;
    const body = new URLSearchParams();
    for (const [key, value] of Object.entries(this.form.getRawValue()))
      body.append(key, value ?? '');
    await fetch('/submit', { method: 'POST', body });
    this.sent.update((count) => count + 1);
    // The native reset clears the elements' shown errors too; Angular's FormGroupDirective hears
    // the form's reset event and resets the model with it.
    (event.target as HTMLFormElement).reset();
  }
}

bootstrapApplication(PermitForm).catch((error: unknown) => console.error(error));

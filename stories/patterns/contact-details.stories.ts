import type { Meta, StoryContext, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@plaza/components/error-summary.js';
import '@plaza/components/text-field.js';
import '@plaza/components/name-input.js';
import '@plaza/components/email-input.js';
import '@plaza/components/phone-input.js';
import '@plaza/components/address-input.js';
import '@plaza/components/radio-group.js';
import '@plaza/components/date-input.js';
import '@plaza/components/checkbox.js';
import '@plaza/components/button.js';

/**
 * A complete question page: "Contact details". The error summary sits at the top of the form;
 * Continue submits the form natively (validation, FormData, the submitter's name and value), and
 * the story shows what the form sent. In a real service the form posts to the server
 * (`method="post"`); here the submit handler stops the navigation so the story can show the data.
 * */

type Lang = 'en' | 'es';

const copy = {
  en: {
    title: 'Contact details',
    intro: 'We will use these details to tell you about your application.',
    name: 'Full name',
    email: 'Email address',
    emailHint: 'We will send your confirmation here',
    phone: 'Phone number',
    phoneHint: 'For international numbers include the country code',
    contact: 'How should we contact you?',
    contactErrorName: 'how we should contact you',
    byEmail: 'Email',
    byPhone: 'Phone call',
    callTimes: 'Best time to call',
    callTimesHint: 'For example, weekday mornings',
    byText: 'Text message',
    mobile: 'Mobile phone number',
    byMail: 'Mail',
    address: 'Your mailing address',
    dob: 'Date of birth',
    dobHint: 'For example, 3 27 1985',
    consent: 'I agree that you can contact me about my application in the way I chose',
    consentError: 'Select to confirm you agree that we can contact you',
    continue: 'Continue',
    submitted: 'What the form sent',
    nothingYet: 'Nothing yet: fill in the form and press Continue.',
  },
  es: {
    title: 'Datos de contacto',
    intro: 'Usaremos estos datos para informarle sobre su solicitud.',
    name: 'Nombre completo',
    email: 'Correo electrónico',
    emailHint: 'Le enviaremos la confirmación a este correo',
    phone: 'Número de teléfono',
    phoneHint: 'Para números internacionales, incluya el código de país',
    contact: '¿Cómo prefiere que nos comuniquemos con usted?',
    contactErrorName: 'cómo prefiere que nos comuniquemos con usted',
    byEmail: 'Correo electrónico',
    byPhone: 'Llamada telefónica',
    callTimes: 'Mejor hora para llamarle',
    callTimesHint: 'Por ejemplo, por las mañanas entre semana',
    byText: 'Mensaje de texto',
    mobile: 'Número de celular',
    byMail: 'Correo postal',
    address: 'Su dirección postal',
    dob: 'Fecha de nacimiento',
    dobHint: 'Por ejemplo, 3 27 1985',
    consent: 'Acepto que se comuniquen conmigo sobre mi solicitud de la forma que elegí',
    consentError: 'Seleccione para confirmar que acepta que nos comuniquemos con usted',
    continue: 'Continuar',
    submitted: 'Lo que envió el formulario',
    nothingYet: 'Nada todavía: llene el formulario y oprima Continuar.',
  },
} as const;

const languageOf = (context: StoryContext, fallback: Lang = 'en'): Lang =>
  String(context.globals.lang ?? fallback).startsWith('es') ? 'es' : fallback;

/** Shows the submitted FormData as a definition list, the way a server would receive it. */
function showSubmission(event: SubmitEvent): void {
  event.preventDefault();
  const form = event.target as HTMLFormElement;
  const data = new FormData(form, event.submitter);
  const output = form.ownerDocument.getElementById('submitted')!;
  const list = form.ownerDocument.createElement('dl');
  for (const [name, value] of data) {
    const term = form.ownerDocument.createElement('dt');
    term.textContent = name;
    const detail = form.ownerDocument.createElement('dd');
    detail.textContent = typeof value === 'string' ? value : value.name;
    list.append(term, detail);
  }
  output.replaceChildren(list);
}

const styles = html`<style>
  .contact-page {
    max-inline-size: 40rem;
    color: var(--plaza-color-text);
    font-family: var(--plaza-font-family-body);
    font-size: var(--plaza-font-size-body);
    line-height: var(--plaza-line-height-body);
  }
  .contact-page h1 {
    margin-block: 0 var(--plaza-space-4);
    font-size: var(--plaza-font-size-heading-xl);
    line-height: var(--plaza-line-height-heading);
  }
  .contact-page h2 {
    font-size: var(--plaza-font-size-heading-md);
  }
  .contact-page dl {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: var(--plaza-space-1) var(--plaza-space-4);
  }
  .contact-page dt {
    font-weight: var(--plaza-font-weight-bold);
  }
  .contact-page dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
</style>`;

function page(lang: Lang) {
  const t = copy[lang];
  return html`${styles}
    <main class="contact-page" lang=${lang}>
      <form method="post" action="/contact-details" @submit=${showSubmission}>
        <plaza-error-summary></plaza-error-summary>
        <h1>${t.title}</h1>
        <p>${t.intro}</p>
        <plaza-name-input name="name" label=${t.name} required></plaza-name-input>
        <plaza-email-input
          name="email"
          label=${t.email}
          hint=${t.emailHint}
          required
        ></plaza-email-input>
        <plaza-phone-input name="phone" label=${t.phone} hint=${t.phoneHint}></plaza-phone-input>
        <plaza-radio-group
          name="contact-by"
          label=${t.contact}
          error-name=${t.contactErrorName}
          required
        >
          <plaza-radio value="email" label=${t.byEmail}></plaza-radio>
          <plaza-radio value="phone" label=${t.byPhone}>
            <plaza-text-field
              name="call-times"
              label=${t.callTimes}
              hint=${t.callTimesHint}
              required
            ></plaza-text-field>
          </plaza-radio>
          <plaza-radio value="text" label=${t.byText}>
            <plaza-phone-input name="mobile" label=${t.mobile} required></plaza-phone-input>
          </plaza-radio>

          <plaza-radio value="mail" label=${t.byMail}>
            <plaza-address-input
              name="address"
              label=${t.address}
              kind="mailing"
              required
            ></plaza-address-input>
          </plaza-radio>
        </plaza-radio-group>
        <plaza-date-input
          name="dob"
          label=${t.dob}
          hint=${t.dobHint}
          autocomplete="bday"
          required
          past
        ></plaza-date-input>
        <plaza-checkbox
          name="consent"
          value="yes"
          label=${t.consent}
          required
          error-messages=${JSON.stringify({ valueMissing: t.consentError })}
        ></plaza-checkbox>
        <plaza-button name="action" value="continue" prevent-double-submit
          >${t.continue}</plaza-button
        >
      </form>
      <section aria-labelledby="submitted-title">
        <h2 id="submitted-title">${t.submitted}</h2>
        <div id="submitted" role="status"><p>${t.nothingYet}</p></div>
      </section>
    </main>`;
}

const meta: Meta = {
  title: 'Patterns/Contact details',
  parameters: { layout: 'padded' },
};
export default meta;
type Story = StoryObj;

/** The empty page. Press Continue to see the error summary, or fill it in to see what is sent. */
export const ContactDetails: Story = {
  render: (_args, context) => page(languageOf(context)),
};

/** After pressing Continue with a missing month and a bad email: the summary has taken focus. */
export const WithErrors: Story = {
  render: (_args, context) => page(languageOf(context)),
  play: async ({ canvasElement }) => {
    const form = canvasElement.querySelector('form')!;
    const email = form.querySelector('plaza-email-input')!;
    const date = form.querySelector('plaza-date-input')!;
    await Promise.all([email.updateComplete, date.updateComplete]);
    email.value = 'ada@example';
    date.parts = { day: '10', month: '', year: '1985' };
    await Promise.all([email.updateComplete, date.updateComplete]);
    form.querySelector('plaza-button')!.click();
  },
};

/**
 * Filled in and sent: the list shows the ISO date, the mobile number in E.164 and only the
 * revealed field that applies.
 */
export const Submitted: Story = {
  render: (_args, context) => page(languageOf(context)),
  play: async ({ canvasElement }) => {
    const form = canvasElement.querySelector('form')!;
    const fields = form.querySelectorAll('plaza-text-field');
    const name = form.querySelector('plaza-name-input')!;
    const email = form.querySelector('plaza-email-input')!;
    const date = form.querySelector('plaza-date-input')!;
    const group = form.querySelector('plaza-radio-group')!;
    await Promise.all([name.updateComplete, email.updateComplete, group.updateComplete]);
    await date.updateComplete;
    name.value = 'Ada Lovelace';
    email.value = 'ada@example.gov';
    group.value = 'text';
    const mobile = form.querySelector<HTMLElementTagNameMap['plaza-phone-input']>(
      'plaza-phone-input[name="mobile"]',
    )!;
    mobile.value = '(202) 555-0123';
    date.parts = { day: '10', month: 'dic', year: '1985' };
    const consent = form.querySelector('plaza-checkbox')!;
    consent.checked = true;
    await Promise.all([...fields, name, email, mobile].map((field) => field.updateComplete));
    await Promise.all([group.updateComplete, date.updateComplete, consent.updateComplete]);
    form.querySelector('plaza-button')!.click();
  },
};

/** The same page in Spanish, whatever the language toolbar says. */
export const Spanish: Story = {
  render: () => page('es'),
};

import type { Meta, StoryContext, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import '@plaza/components/skip-link.js';
import '@plaza/components/official-banner.js';
import '@plaza/components/header.js';
import '@plaza/components/footer.js';
import '@plaza/components/breadcrumbs.js';
import '@plaza/components/back-link.js';
import '@plaza/components/error-summary.js';
import '@plaza/components/text-field.js';
import '@plaza/components/date-input.js';
import '@plaza/components/radio-group.js';
import '@plaza/components/select.js';
import '@plaza/components/details.js';
import '@plaza/components/button.js';
import '@plaza/components/panel.js';
import '@plaza/components/summary-list.js';
import '@plaza/components/link.js';

/**
 * Whole pages of a government service, composed from Plaza components: a question page and a
 * confirmation page. The words follow the language toolbar (English or Spanish), as a service
 * would serve each language.
 */

type Lang = 'en' | 'es';

const copy = {
  en: {
    jurisdiction: 'the State of Example',
    state: 'State of Example',
    service: 'Apply for food assistance',
    nav: ['Benefits', 'Health', 'Taxes', 'Contact us'],
    crumbs: ['Home', 'Benefits', 'Food assistance'],
    here: 'Apply',
    title: 'Your details',
    name: 'Full name',
    nameHint: 'As shown on your ID',
    dob: 'Date of birth',
    dobHint: 'For example, 3 27 1985',
    email: 'Email address',
    emailHint: 'We will send your confirmation here',
    whyDob: 'Why we ask for your date of birth',
    whyDobText:
      'Your age changes which programs you can get and how much. We do not share it with anyone else.',
    errorNames: {
      name: 'your full name',
      dob: 'your date of birth',
      county: 'the county you live in',
      email: 'your email address',
      contact: 'how we should contact you',
    },
    county: 'County you live in',
    chooseCounty: 'Select a county',
    counties: ['Adams County', 'Baker County', 'Clark County'],
    contact: 'How should we contact you?',
    contactOptions: ['Email', 'Phone', 'Text message'],
    continue: 'Continue',
    help: 'Get help',
    helpText: 'Call 555-555-0100, Monday to Friday, 8am to 5pm.',
    accessibility: 'Accessibility statement',
    privacy: 'Privacy',
    otherLanguage: { lang: 'es', name: 'Español' },
    legal: '© 2026 State of Example',
    complete: 'Application complete',
    emailed: 'We have sent a confirmation to ada@example.gov.',
    next: 'What happens next',
    nextText:
      'We will review your application and write to you within 30 days. We may call you for an interview.',
    guidance: 'Read about interviews',
    answers: 'Your answers',
    rows: [
      ['Full name', 'Ada Lovelace'],
      ['Date of birth', 'December 10, 1985'],
      ['County you live in', 'Clark County'],
      ['Email address', 'ada@example.gov'],
      ['How should we contact you?', 'Email'],
    ],
    checkTitle: 'Check your answers before sending your application',
    send: 'Accept and send',
    back: 'Back',
    skip: 'Skip link',
  },
  es: {
    jurisdiction: 'el Estado de Ejemplo',
    state: 'Estado de Ejemplo',
    service: 'Solicitar asistencia alimentaria',
    nav: ['Beneficios', 'Salud', 'Impuestos', 'Contáctenos'],
    crumbs: ['Inicio', 'Beneficios', 'Asistencia alimentaria'],
    here: 'Solicitar',
    title: 'Sus datos',
    name: 'Nombre completo',
    nameHint: 'Como aparece en su identificación',
    dob: 'Fecha de nacimiento',
    dobHint: 'Por ejemplo, 3 27 1985',
    email: 'Correo electrónico',
    emailHint: 'Le enviaremos la confirmación a este correo',
    whyDob: 'Por qué le pedimos su fecha de nacimiento',
    whyDobText:
      'Su edad cambia los programas que puede recibir y el monto. No la compartimos con nadie más.',
    errorNames: {
      name: 'su nombre completo',
      dob: 'su fecha de nacimiento',
      county: 'el condado donde vive',
      email: 'su correo electrónico',
      contact: 'cómo prefiere que nos comuniquemos con usted',
    },
    county: 'Condado donde vive',
    chooseCounty: 'Seleccione un condado',
    counties: ['Condado de Adams', 'Condado de Baker', 'Condado de Clark'],
    contact: '¿Cómo prefiere que nos comuniquemos con usted?',
    contactOptions: ['Correo electrónico', 'Teléfono', 'Mensaje de texto'],
    continue: 'Continuar',
    help: 'Obtener ayuda',
    helpText: 'Llame al 555-555-0100, de lunes a viernes, de 8 a. m. a 5 p. m.',
    accessibility: 'Declaración de accesibilidad',
    privacy: 'Privacidad',
    otherLanguage: { lang: 'en', name: 'English' },
    legal: '© 2026 Estado de Ejemplo',
    complete: 'Solicitud completa',
    emailed: 'Enviamos una confirmación a ada@example.gov.',
    next: 'Qué pasa después',
    nextText:
      'Revisaremos su solicitud y le escribiremos en un plazo de 30 días. Es posible que le llamemos para una entrevista.',
    guidance: 'Lea sobre las entrevistas',
    answers: 'Sus respuestas',
    rows: [
      ['Nombre completo', 'Ada Lovelace'],
      ['Fecha de nacimiento', '10 de diciembre de 1985'],
      ['Condado donde vive', 'Condado de Clark'],
      ['Correo electrónico', 'ada@example.gov'],
      ['¿Cómo prefiere que nos comuniquemos con usted?', 'Correo electrónico'],
    ],
    checkTitle: 'Revise sus respuestas antes de enviar su solicitud',
    send: 'Aceptar y enviar',
    back: 'Atrás',
    skip: 'Enlace para saltar',
  },
} as const;

type Copy = (typeof copy)[Lang];

const languageOf = (context: StoryContext): Lang =>
  String(context.globals.lang ?? 'en').startsWith('es') ? 'es' : 'en';

const seal = html`<svg slot="logo" viewBox="0 0 48 48" width="48" height="48" aria-hidden="true">
  <circle cx="24" cy="24" r="22" fill="none" stroke="currentColor" stroke-width="3" />
  <path d="M24 10 28 20H38L30 27 33 38 24 31 15 38 18 27 10 20H20Z" fill="currentColor" />
</svg>`;

/** Skip link, official banner and header, the same on every page of the service. */
function top(t: Copy): TemplateResult {
  // Every piece of the page sits in a landmark (axe's region rule checks the whole pattern page).
  return html`<nav aria-label=${t.skip}>
      <plaza-skip-link href="#main-content"></plaza-skip-link>
    </nav>
    <plaza-official-banner jurisdiction=${t.jurisdiction}></plaza-official-banner>
    <plaza-header>
      ${seal}
      <a slot="jurisdiction" href="#home">${t.state}</a>
      <a slot="service" href="#service">${t.service}</a>
      <a href="#benefits" aria-current="page">${t.nav[0]}</a>
      <a href="#health">${t.nav[1]}</a>
      <a href="#taxes">${t.nav[2]}</a>
      <a href="#contact">${t.nav[3]}</a>
    </plaza-header>`;
}

function footer(t: Copy): TemplateResult {
  return html`<plaza-footer>
    <a href="#benefits">${t.nav[0]}</a>
    <a href="#health">${t.nav[1]}</a>
    <a href="#taxes">${t.nav[2]}</a>
    <div slot="contact">
      <h2>${t.help}</h2>
      <p>${t.helpText}</p>
    </div>
    <a slot="meta" href="#accessibility">${t.accessibility}</a>
    <a slot="meta" href="#privacy">${t.privacy}</a>
    <a
      slot="languages"
      href="#${t.otherLanguage.lang}"
      lang=${t.otherLanguage.lang}
      hreflang=${t.otherLanguage.lang}
      >${t.otherLanguage.name}</a
    >
    <p slot="legal">${t.legal}</p>
  </plaza-footer>`;
}

const stop = (event: Event) => event.preventDefault();

const meta: Meta = {
  title: 'Patterns/Service page',
  parameters: { layout: 'fullscreen' },
};
export default meta;
type Story = StoryObj;

/**
 * A question page: skip link, official banner, header with navigation, breadcrumbs, a form with
 * an error summary, text fields, a date, a select, radios, help in a details element and a
 * Continue button, and the footer. Press "Continue" without answering to see the errors.
 */
export const QuestionPage: Story = {
  render: (_args, context) => {
    const t = copy[languageOf(context)];
    return html`<div class="plaza-page">
      ${top(t)}
      <div class="plaza-width-container">
        <plaza-breadcrumbs>
          <a href="#home">${t.crumbs[0]}</a>
          <a href="#benefits">${t.crumbs[1]}</a>
          <a href="#food">${t.crumbs[2]}</a>
          <span>${t.here}</span>
        </plaza-breadcrumbs>
        <main id="main-content" class="plaza-main plaza-measure">
          <form @submit=${stop}>
            <plaza-error-summary></plaza-error-summary>
            <h1>${t.title}</h1>
            <plaza-text-field
              name="name"
              label=${t.name}
              error-name=${t.errorNames.name}
              hint=${t.nameHint}
              autocomplete="name"
              required
            ></plaza-text-field>
            <plaza-date-input
              name="dob"
              label=${t.dob}
              error-name=${t.errorNames.dob}
              hint=${t.dobHint}
              autocomplete="bday"
              required
              past
            ></plaza-date-input>
            <plaza-details>
              <span slot="summary">${t.whyDob}</span>
              <p>${t.whyDobText}</p>
            </plaza-details>
            <plaza-select
              name="county"
              label=${t.county}
              error-name=${t.errorNames.county}
              required
            >
              <option value="">${t.chooseCounty}</option>
              ${t.counties.map(
                (county, index) => html`<option value=${`county-${index}`}>${county}</option>`,
              )}
            </plaza-select>
            <plaza-text-field
              name="email"
              type="email"
              label=${t.email}
              error-name=${t.errorNames.email}
              hint=${t.emailHint}
              autocomplete="email"
              required
            ></plaza-text-field>
            <plaza-radio-group
              name="contact"
              label=${t.contact}
              error-name=${t.errorNames.contact}
              required
            >
              ${t.contactOptions.map(
                (option, index) =>
                  html`<plaza-radio value=${`contact-${index}`} label=${option}></plaza-radio>`,
              )}
            </plaza-radio-group>
            <plaza-button type="submit">${t.continue}</plaza-button>
          </form>
        </main>
      </div>
      ${footer(t)}
    </div>`;
  },
};

/** The question page after pressing "Continue" without answering: the error summary takes focus. */
export const QuestionPageWithErrors: Story = {
  render: QuestionPage.render,
  play: async ({ canvasElement }) => {
    const form = canvasElement.querySelector('form')!;
    await customElements.whenDefined('plaza-error-summary');
    form.requestSubmit();
  },
};

/** The "check your answers" page: a back link, then each answer with a link to change it. */
export const CheckAnswersPage: Story = {
  render: (_args, context) => {
    const t = copy[languageOf(context)];
    const targets = ['#name', '#dob', '#county', '#email', '#contact'];
    return html`<div class="plaza-page">
      ${top(t)}
      <div class="plaza-width-container">
        <nav aria-label=${t.back}>
          <plaza-back-link><a href="#email">${t.back}</a></plaza-back-link>
        </nav>
        <main id="main-content" class="plaza-main plaza-measure">
          <h1>${t.checkTitle}</h1>
          <plaza-summary-list>
            ${t.rows.map(
              ([question, answer], index) =>
                html`<plaza-summary-list-row href=${targets[index]}
                  ><span slot="question">${question}</span>${answer}</plaza-summary-list-row
                >`,
            )}
          </plaza-summary-list>
          <form @submit=${stop}>
            <plaza-button type="submit">${t.send}</plaza-button>
          </form>
        </main>
      </div>
      ${footer(t)}
    </div>`;
  },
};

/**
 * The confirmation page: the panel with the reference number, what happens next, and the
 * resident's answers in a summary list.
 */
export const ConfirmationPage: Story = {
  render: (_args, context) => {
    const t = copy[languageOf(context)];
    return html`<div class="plaza-page">
      ${top(t)}
      <div class="plaza-width-container">
        <main id="main-content" class="plaza-main plaza-measure">
          <plaza-panel>
            <h1 slot="heading">${t.complete}</h1>
            <span slot="reference-number">HDJ2123F</span>
          </plaza-panel>
          <p>${t.emailed}</p>
          <h2>${t.next}</h2>
          <p>${t.nextText}</p>
          <p>
            <plaza-link new-tab><a href="#interviews">${t.guidance}</a></plaza-link>
          </p>
          <h2>${t.answers}</h2>
          <plaza-summary-list>
            ${t.rows.map(
              ([question, answer]) =>
                html`<plaza-summary-list-row
                  ><span slot="question">${question}</span>${answer}</plaza-summary-list-row
                >`,
            )}
          </plaza-summary-list>
        </main>
      </div>
      ${footer(t)}
    </div>`;
  },
};

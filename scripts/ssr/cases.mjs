// What the server-rendering test renders for each element of @plaza/components: representative
// markup per language, the words that must be on the page before any script runs (from the
// author's attributes and from Plaza's message catalogs), and whether the element builds part of
// its shadow DOM from its light-DOM children, which Lit's server rendering cannot see (those
// parts appear when it hydrates, so they are exempt from the same-box check).
// Every tag in custom-elements.json needs a case: scripts/ssr/render.mjs fails without one.

/** The words of the page in each language (an author's label, hint and error). */
const WORDS = {
  en: {
    label: 'Full name',
    hint: 'As on your ID',
    error: 'Enter your full name',
    yes: 'Yes',
    no: 'No',
  },
  es: {
    label: 'Nombre completo',
    hint: 'Como en su identificación',
    error: 'Escriba su nombre completo',
    yes: 'Sí',
    no: 'No',
  },
};

const q = (w) => `label="${w.label}" hint="${w.hint}"`;
const optional = { en: '(optional)', es: '(opcional)' };

/** tag -> (words, lang) => { markup, expect: string[] } ; `lightDom`: options come from children. */
export const CASES = {
  'plaza-text-field': {
    control: true,
    render: (w, lang) => ({
      markup: `<plaza-text-field name="full-name" ${q(w)}></plaza-text-field>`,
      expect: [w.label, w.hint, optional[lang]],
    }),
  },
  'plaza-text-field-error': {
    tag: 'plaza-text-field',
    render: (w) => ({
      markup: `<plaza-text-field name="nick" required label="${w.label}" error="${w.error}" prefix="$" suffix="USD"></plaza-text-field>`,
      expect: [w.label, w.error, 'Error:', '$', 'USD'],
    }),
  },
  'plaza-textarea': {
    render: (w) => ({
      markup: `<plaza-textarea name="story" ${q(w)}></plaza-textarea>`,
      expect: [w.label, w.hint],
    }),
  },
  'plaza-textarea-rich-hint': {
    tag: 'plaza-textarea',
    lightDom: true,
    render: (w) => ({
      markup: `<plaza-textarea name="story2" label="${w.label}"><span slot="hint">${w.hint}</span></plaza-textarea>`,
      expect: [w.label],
    }),
  },
  'plaza-date-input': {
    render: (w, lang) => ({
      markup: `<plaza-date-input name="dob" ${q(w)}></plaza-date-input>`,
      expect: [
        w.label,
        w.hint,
        ...(lang === 'es' ? ['Día', 'Mes', 'Año'] : ['Day', 'Month', 'Year']),
      ],
    }),
  },
  'plaza-email-input': {
    render: (w) => ({
      markup: `<plaza-email-input name="email" ${q(w)}></plaza-email-input>`,
      expect: [w.label, w.hint],
    }),
  },
  'plaza-phone-input': {
    render: (w) => ({
      markup: `<plaza-phone-input name="phone" ${q(w)}></plaza-phone-input>`,
      expect: [w.label, w.hint],
    }),
  },
  'plaza-money-input': {
    render: (w, lang) => ({
      markup: `<plaza-money-input name="income" ${q(w)}></plaza-money-input>`,
      expect: [w.label, w.hint, '$', lang === 'es' ? 'en dólares' : 'in dollars'],
    }),
  },
  'plaza-name-input': {
    render: (w) => ({
      markup: `<plaza-name-input name="name" ${q(w)}></plaza-name-input>`,
      expect: [w.label, w.hint],
    }),
  },
  'plaza-tin-input': {
    render: (w) => ({
      markup: `<plaza-tin-input name="ssn" ${q(w)}></plaza-tin-input>`,
      expect: [w.label, w.hint],
    }),
  },
  'plaza-address-input': {
    render: (w, lang) => ({
      markup: `<plaza-address-input name="home" ${q(w)}></plaza-address-input>`,
      expect: [w.label, w.hint, lang === 'es' ? 'Ciudad' : 'City'],
    }),
  },
  'plaza-file-upload': {
    render: (w) => ({
      markup: `<plaza-file-upload name="proof" ${q(w)}></plaza-file-upload>`,
      expect: [w.label, w.hint],
    }),
  },
  'plaza-jurisdiction-picker': {
    render: (w, lang) => ({
      markup: `<plaza-jurisdiction-picker name="place" ${q(w)}></plaza-jurisdiction-picker>`,
      expect: [w.label, w.hint, lang === 'es' ? 'Código postal' : 'ZIP code'],
    }),
  },
  'plaza-checkbox': {
    render: (w) => ({
      markup: `<plaza-checkbox name="agree" value="yes" ${q(w)}></plaza-checkbox>`,
      expect: [w.label, w.hint],
    }),
  },
  'plaza-radio-group': {
    lightDom: true,
    render: (w) => ({
      markup: `<plaza-radio-group name="married" ${q(w)}><plaza-radio value="yes" label="${w.yes}"></plaza-radio><plaza-radio value="no" label="${w.no}"></plaza-radio></plaza-radio-group>`,
      expect: [w.label, w.hint],
    }),
  },
  'plaza-radio': { covered: 'plaza-radio-group' },
  'plaza-checkbox-group': {
    lightDom: true,
    render: (w) => ({
      markup: `<plaza-checkbox-group name="help" ${q(w)}><plaza-checkbox value="food" label="${w.yes}"></plaza-checkbox></plaza-checkbox-group>`,
      expect: [w.label, w.hint],
    }),
  },
  'plaza-select': {
    lightDom: true,
    render: (w) => ({
      markup: `<plaza-select name="county" ${q(w)}><option value="a">A</option></plaza-select>`,
      expect: [w.label, w.hint],
    }),
  },
  'plaza-fieldset': {
    render: (w) => ({
      markup: `<plaza-fieldset hint="${w.hint}"><span slot="legend">${w.label}</span></plaza-fieldset>`,
      expect: [w.label, w.hint],
    }),
  },
  'plaza-button': {
    render: (w) => ({ markup: `<plaza-button>${w.yes}</plaza-button>`, expect: [w.yes] }),
  },
  'plaza-tag': { render: (w) => ({ markup: `<plaza-tag>${w.no}</plaza-tag>`, expect: [w.no] }) },
  'plaza-link': {
    render: (w) => ({
      markup: `<plaza-link><a href="/help">${w.hint}</a></plaza-link>`,
      expect: [w.hint],
    }),
  },
  'plaza-back-link': {
    render: (w) => ({
      markup: `<plaza-back-link href="/">${w.no}</plaza-back-link>`,
      expect: [w.no],
    }),
  },
  'plaza-skip-link': {
    render: (_w, lang) => ({
      markup: `<plaza-skip-link></plaza-skip-link>`,
      expect: [lang === 'es' ? 'Saltar al contenido principal' : 'Skip to main content'],
    }),
  },
  'plaza-alert': {
    render: (w, lang) => ({
      markup: `<plaza-alert variant="warning">${w.hint}</plaza-alert>`,
      expect: [w.hint, lang === 'es' ? 'Advertencia:' : 'Warning:'],
    }),
  },
  'plaza-notification-banner': {
    render: (w, lang) => ({
      markup: `<plaza-notification-banner>${w.hint}</plaza-notification-banner>`,
      expect: [w.hint, lang === 'es' ? 'Importante' : 'Important'],
    }),
  },
  'plaza-official-banner': {
    render: (_w, lang) => ({
      markup: `<plaza-official-banner></plaza-official-banner>`,
      expect: [
        lang === 'es' ? 'Un sitio web oficial del gobierno' : 'An official government website',
      ],
    }),
  },
  'plaza-details': {
    render: (w) => ({
      markup: `<plaza-details><span slot="summary">${w.label}</span>${w.hint}</plaza-details>`,
      expect: [w.label],
    }),
  },
  'plaza-dialog': {
    render: (w) => ({
      markup: `<plaza-dialog label="${w.label}">${w.hint}</plaza-dialog>`,
      expect: [],
    }),
  },
  'plaza-panel': {
    render: (w) => ({
      markup: `<plaza-panel><h2 slot="heading">${w.label}</h2>${w.hint}</plaza-panel>`,
      expect: [w.label, w.hint],
    }),
  },
  'plaza-pagination': {
    render: (_w, lang) => ({
      markup: `<plaza-pagination current="2" total="3" href="/results"></plaza-pagination>`,
      expect: [lang === 'es' ? 'Siguiente' : 'Next'],
    }),
  },
  'plaza-language-select': {
    render: () => ({
      markup: `<plaza-language-select languages="en es"></plaza-language-select>`,
      expect: ['English', 'Español'],
    }),
  },
  'plaza-exit-this-page': {
    render: (_w, lang) => ({
      markup: `<plaza-exit-this-page href="/?left-the-page"></plaza-exit-this-page>`,
      expect: [lang === 'es' ? 'Salir de esta página' : 'Exit this page'],
    }),
  },
  'plaza-error-summary': {
    render: () => ({ markup: `<plaza-error-summary></plaza-error-summary>`, expect: [] }),
  },
  'plaza-eligibility-results': {
    render: () => ({
      markup: `<plaza-eligibility-results></plaza-eligibility-results>`,
      expect: [],
    }),
  },
  'plaza-timeout-warning': {
    render: () => ({ markup: `<plaza-timeout-warning></plaza-timeout-warning>`, expect: [] }),
  },
  'plaza-header': {
    lightDom: true,
    render: (w) => ({
      markup: `<plaza-header><span slot="service">${w.label}</span></plaza-header>`,
      expect: [w.label],
    }),
  },
  'plaza-footer': {
    lightDom: true,
    render: (w) => ({
      markup: `<plaza-footer><a href="/help">${w.hint}</a></plaza-footer>`,
      expect: [],
    }),
  },
  'plaza-breadcrumbs': {
    lightDom: true,
    render: (w) => ({
      markup: `<plaza-breadcrumbs><a href="/">${w.label}</a></plaza-breadcrumbs>`,
      expect: [],
    }),
  },
  'plaza-summary-list': {
    lightDom: true,
    render: (w) => ({
      markup: `<plaza-summary-list><plaza-summary-list-row key="${w.label}">Ana</plaza-summary-list-row></plaza-summary-list>`,
      expect: [],
    }),
  },
  'plaza-summary-list-row': { covered: 'plaza-summary-list' },
  'plaza-task-list': {
    lightDom: true,
    render: (w) => ({
      markup: `<plaza-task-list><plaza-task-list-item href="/a">${w.label}</plaza-task-list-item></plaza-task-list>`,
      expect: [],
    }),
  },
  'plaza-task-list-item': { covered: 'plaza-task-list' },
  'plaza-step-indicator': {
    lightDom: true,
    render: (w) => ({
      markup: `<plaza-step-indicator current="1"><span>${w.label}</span></plaza-step-indicator>`,
      expect: [],
    }),
  },
  'plaza-accordion': {
    lightDom: true,
    render: (w) => ({
      markup: `<plaza-accordion><plaza-accordion-section><span slot="heading">${w.label}</span>${w.hint}</plaza-accordion-section></plaza-accordion>`,
      expect: [],
    }),
  },
  'plaza-accordion-section': { covered: 'plaza-accordion' },
  'plaza-form-flow': {
    lightDom: true,
    render: (w) => ({
      markup: `<plaza-form-flow service="${w.label}" confirmation="${w.hint}"><plaza-flow-page page-id="name" heading="${w.label}"><plaza-text-field name="n" label="${w.label}"></plaza-text-field></plaza-flow-page></plaza-form-flow>`,
      expect: [],
    }),
  },
  'plaza-flow-page': { covered: 'plaza-form-flow' },
  'plaza-screener': {
    lightDom: true,
    render: () => ({ markup: `<plaza-screener></plaza-screener>`, expect: [] }),
  },
  'plaza-service-finder': {
    lightDom: true,
    render: (_w, lang) => ({
      markup: `<plaza-service-finder></plaza-service-finder>`,
      expect: [lang === 'es' ? 'Busque servicios cerca de usted' : 'Find services near you'],
    }),
  },
};

export const LANGUAGES = Object.keys(WORDS);
export const wordsFor = (lang) => WORDS[lang];

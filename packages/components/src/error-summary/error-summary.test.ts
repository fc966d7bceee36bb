import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import './plaza-error-summary.js';
import '../text-field/plaza-text-field.js';
import '../date-input/plaza-date-input.js';
import { findByRole } from '../../test/support/accessibility-tree.js';
import type { PlazaErrorSummary } from './error-summary.js';
import type { PlazaTextField } from '../text-field/text-field.js';

const links = (summary: PlazaErrorSummary) =>
  [...summary.shadowRoot!.querySelectorAll('a')].map((link) => ({
    text: link.textContent!.trim(),
    href: link.getAttribute('href'),
  }));
const box = (summary: PlazaErrorSummary) =>
  summary.shadowRoot!.querySelector<HTMLElement>('.summary');
const inlineError = (control: Element) =>
  control
    .shadowRoot!.querySelector('[part="error-message"]')
    ?.textContent?.replace(/\s+/g, ' ')
    .trim()
    .replace(/^Error: /u, '') ?? null;
const settle = () => new Promise((resolve) => setTimeout(resolve));

function contactForm() {
  return html`<form>
    <plaza-error-summary></plaza-error-summary>
    <plaza-text-field id="name" name="name" label="Full name" required></plaza-text-field>
    <plaza-text-field name="email" label="Email address" type="email" required></plaza-text-field>
    <plaza-date-input name="dob" label="Date of birth" required></plaza-date-input>
    <button>Continue</button>
  </form>`;
}

describe('<plaza-error-summary>', () => {
  let originalTitle = '';
  const stopSubmit = (event: Event) => event.preventDefault();
  beforeEach(() => {
    originalTitle = document.title;
    document.title = 'Contact details - Apply for help';
    document.addEventListener('submit', stopSubmit);
  });
  afterEach(() => {
    document.title = originalTitle;
    document.removeEventListener('submit', stopSubmit);
  });

  it('shows nothing until a submit fails', async () => {
    const form = await fixture<HTMLFormElement>(contactForm());
    const summary = form.querySelector('plaza-error-summary')!;
    expect(box(summary)).to.equal(null);
    expect(summary.shadowRoot!.textContent!.trim()).to.equal('');
    expect(document.title).to.equal('Contact details - Apply for help');
  });

  it('lists every error in field order, in the inline words, takes focus and prefixes the title', async () => {
    const form = await fixture<HTMLFormElement>(contactForm());
    const summary = form.querySelector('plaza-error-summary')!;
    const date = form.querySelector('plaza-date-input')!;
    date.parts = { day: '4', month: '', year: '1990' };
    const email = form.querySelector<PlazaTextField>('plaza-text-field[name="email"]')!;
    email.value = 'ada@';
    await email.updateComplete;
    form.requestSubmit();
    await settle();
    await summary.updateComplete;
    expect(summary.shadowRoot!.querySelector('h2')!.textContent).to.equal('There is a problem');
    const shown = links(summary);
    expect(shown.map((link) => link.text)).to.deep.equal([
      'Enter full name',
      'Enter an email address in the correct format, like name@example.com',
      'Date of birth must include a month',
    ]);
    const controls = [...form.querySelectorAll('plaza-text-field, plaza-date-input')];
    expect(shown.map((link) => link.text)).to.deep.equal(controls.map(inlineError));
    expect(shown[0].href).to.equal('#name');
    expect(shown[1].href).to.equal(`#${email.id}`);
    expect(email.id).not.to.equal('');
    expect(document.activeElement).to.equal(summary);
    expect(summary.shadowRoot!.activeElement).to.equal(box(summary));
    expect(document.title).to.equal('Error: Contact details - Apply for help');
  });

  it('focuses each field from its link, and the first wrong part of a date', async () => {
    const form = await fixture<HTMLFormElement>(contactForm());
    const summary = form.querySelector('plaza-error-summary')!;
    const date = form.querySelector('plaza-date-input')!;
    date.parts = { day: '4', month: '', year: '' };
    form.requestSubmit();
    await settle();
    await summary.updateComplete;
    const [nameLink, , dateLink] = summary.shadowRoot!.querySelectorAll('a');
    dateLink.click();
    expect(document.activeElement).to.equal(date);
    expect(date.shadowRoot!.activeElement!.id).to.equal('month');
    nameLink.focus();
    await sendKeys({ press: 'Enter' });
    const name = form.querySelector('plaza-text-field')!;
    expect(document.activeElement).to.equal(name);
    expect(name.shadowRoot!.activeElement!.tagName).to.equal('INPUT');
    expect(location.hash).to.equal('', 'the link is handled, not followed');
  });

  it('drops errors as they are fixed, and removes the title prefix when none are left', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form>
        <plaza-error-summary></plaza-error-summary>
        <plaza-text-field name="a" label="First name" required></plaza-text-field>
        <plaza-text-field name="b" label="Last name" required></plaza-text-field>
      </form>`,
    );
    const summary = form.querySelector('plaza-error-summary')!;
    const [first, second] = form.querySelectorAll('plaza-text-field');
    form.requestSubmit();
    await settle();
    await summary.updateComplete;
    expect(links(summary)).to.have.length(2);
    first.shadowRoot!.querySelector('input')!.focus();
    await sendKeys({ type: 'Ada' });
    await settle();
    await summary.updateComplete;
    expect(links(summary).map((link) => link.text)).to.deep.equal(['Enter last name']);
    expect(document.title).to.equal('Error: Contact details - Apply for help');
    second.shadowRoot!.querySelector('input')!.focus();
    await sendKeys({ type: 'Lovelace' });
    await settle();
    await summary.updateComplete;
    expect(box(summary)).to.equal(null);
    expect(document.title).to.equal('Contact details - Apply for help');
  });

  it('summarizes the form named by for, from outside it', async () => {
    const page = await fixture<HTMLElement>(
      html`<div>
        <plaza-error-summary for="apply"></plaza-error-summary>
        <form id="apply">
          <plaza-text-field name="n" label="Full name" required></plaza-text-field>
        </form>
        <form id="other">
          <plaza-text-field name="x" label="Search" required></plaza-text-field>
        </form>
      </div>`,
    );
    const summary = page.querySelector('plaza-error-summary')!;
    const other = page.querySelector<HTMLFormElement>('#other')!;
    other.requestSubmit();
    await settle();
    await summary.updateComplete;
    expect(box(summary), 'ignores other forms').to.equal(null);
    expect(document.activeElement).to.equal(other.querySelector('plaza-text-field'));
    page.querySelector<HTMLFormElement>('#apply')!.requestSubmit();
    await settle();
    await summary.updateComplete;
    expect(links(summary).map((link) => link.text)).to.deep.equal(['Enter full name']);
    expect(document.activeElement).to.equal(summary);
  });

  it('shows server-side errors given as data, linking by href or field name', async () => {
    const page = await fixture<HTMLElement>(
      html`<div>
        <form>
          <plaza-error-summary
            errors=${JSON.stringify([
              { field: 'email', message: 'Enter an email address we can reach you at' },
              { href: '#plain-phone', message: 'Enter a phone number' },
            ])}
          ></plaza-error-summary>
          <plaza-text-field
            name="email"
            label="Email address"
            error="Enter an email address we can reach you at"
          ></plaza-text-field>
          <label for="plain-phone">Phone number</label>
          <input id="plain-phone" name="phone" />
        </form>
      </div>`,
    );
    const summary = page.querySelector('plaza-error-summary')!;
    await summary.updateComplete;
    await settle();
    expect(links(summary)).to.deep.equal([
      { text: 'Enter an email address we can reach you at', href: '#email' },
      { text: 'Enter a phone number', href: '#plain-phone' },
    ]);
    expect(document.activeElement).to.equal(summary);
    expect(document.title).to.equal('Error: Contact details - Apply for help');
    const [emailLink, phoneLink] = summary.shadowRoot!.querySelectorAll('a');
    emailLink.click();
    expect(document.activeElement).to.equal(page.querySelector('plaza-text-field'));
    phoneLink.click();
    expect(document.activeElement).to.equal(page.querySelector('#plain-phone'));
    summary.errors = [];
    await summary.updateComplete;
    expect(box(summary)).to.equal(null);
    expect(document.title).to.equal('Contact details - Apply for help');
  });

  it('links only fragments and same-origin http(s) URLs from data; shows others as text', async () => {
    const summary = await fixture<PlazaErrorSummary>(
      html`<plaza-error-summary
        .errors=${[
          { href: 'javascript:alert(1)', message: 'Script' },
          { href: ' JavaScript:alert(1)', message: 'Script with a space' },
          { href: 'data:text/html,<b>x</b>', message: 'Data' },
          { href: 'https://elsewhere.example/form#name', message: 'Another site' },
          { href: '#name', message: 'Fragment' },
          { href: `${location.origin}/apply#name`, message: 'Same origin' },
        ]}
      ></plaza-error-summary>`,
    );
    await summary.updateComplete;
    expect(links(summary)).to.deep.equal([
      { text: 'Fragment', href: '#name' },
      { text: 'Same origin', href: `${location.origin}/apply#name` },
    ]);
    const items = [...summary.shadowRoot!.querySelectorAll('li')].map((li) =>
      li.textContent!.trim(),
    );
    expect(items).to.deep.equal([
      'Script',
      'Script with a space',
      'Data',
      'Another site',
      'Fragment',
      'Same origin',
    ]);
  });

  it('is a region named by its heading, read once on submit, not a live region', async () => {
    const form = await fixture<HTMLFormElement>(contactForm());
    const summary = form.querySelector('plaza-error-summary')!;
    form.requestSubmit();
    await settle();
    await summary.updateComplete;
    const region = await findByRole('region', 'There is a problem');
    const controls = [...form.querySelectorAll('plaza-text-field, plaza-date-input')];
    expect(region.description).to.equal(controls.map(inlineError).join(' '));
    expect(region.focused).to.equal(true);
    // Fixing fields changes the list: no live region may re-announce it as the user types.
    const live = summary.shadowRoot!.querySelectorAll(
      '[role="alert"], [role="status"], [role="log"], [aria-live]:not([aria-live="off"])',
    );
    expect(live.length).to.equal(0);
  });

  it('reports bad errors JSON and keeps working', async () => {
    const logged: string[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => logged.push(args.join(' '));
    try {
      const summary = await fixture<PlazaErrorSummary>(
        html`<plaza-error-summary errors="[not json"></plaza-error-summary>`,
      );
      expect(summary.errors).to.deep.equal([]);
      expect(logged[0]).to.contain('errors must be a JSON array');
    } finally {
      console.error = original;
    }
  });

  it('speaks Spanish', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form lang="es">
        <plaza-error-summary></plaza-error-summary>
        <plaza-text-field name="n" label="Nombre completo" required></plaza-text-field>
      </form>`,
    );
    const summary = form.querySelector('plaza-error-summary')!;
    form.requestSubmit();
    await settle();
    await summary.updateComplete;
    expect(summary.shadowRoot!.querySelector('h2')!.textContent).to.equal('Hay un problema');
    expect(links(summary)[0].text).to.equal('Ingrese nombre completo');
  });

  it('clears when the form is reset', async () => {
    const form = await fixture<HTMLFormElement>(contactForm());
    const summary = form.querySelector('plaza-error-summary')!;
    form.requestSubmit();
    await settle();
    form.reset();
    await summary.updateComplete;
    expect(box(summary)).to.equal(null);
    expect(document.title).to.equal('Contact details - Apply for help');
  });

  describe('accessibility (axe)', () => {
    it('with errors', async () => {
      const form = await fixture<HTMLFormElement>(contactForm());
      form.requestSubmit();
      await settle();
      await form.querySelector('plaza-error-summary')!.updateComplete;
      await expect(form).to.be.accessible();
    });
    it('with server errors in Spanish', async () => {
      const page = await fixture<HTMLElement>(
        html`<div lang="es">
          <plaza-error-summary
            heading-level="3"
            errors='[{"href": "#x", "message": "Ingrese su nombre"}]'
          ></plaza-error-summary>
          <label for="x">Nombre</label><input id="x" />
        </div>`,
      );
      await settle();
      await expect(page).to.be.accessible();
      const summary = page.querySelector('plaza-error-summary')!;
      expect(summary.shadowRoot!.querySelector('h3')!.textContent).to.equal('Hay un problema');
    });
  });
});

/**
 * Plaza under a government-style strict policy: every element registered and rendered, and a
 * form submitted by a person, on a page served with
 * `script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html`
 * (scripts/strict-policy-page.mjs). Any `securitypolicyviolation` fails.
 */
import { expect } from '@open-wc/testing';
import { waitUntil } from './support/wait.js';
import { sendKeys } from '@web/test-runner-commands';
import { examplePrograms } from '@plaza/example-programs';
import { clickOn } from './support/person.js';
import {
  PATIENCE,
  loadedTags,
  make,
  nextTask,
  openStrictPage,
  type Updating,
  type Violation,
} from './support/strict-page.js';

describe('Plaza under a strict Content-Security-Policy with Trusted Types', () => {
  it('registers and renders every element without a policy violation', async () => {
    const win = await openStrictPage();
    const tags = loadedTags(win);
    expect(tags.length).to.be.greaterThan(20);
    const violationsByTag: Record<string, Violation[]> = {};
    const affixed = { prefix: '$', suffix: 'per month', hint: 'Before taxes' };
    for (const tag of tags) {
      expect(win.customElements.get(tag), `${tag} is defined`).not.to.equal(undefined);
      const before = win.plazaViolations.length;
      const element = make(win.document, tag, { label: 'Question', ...affixed });
      win.document.body.append(element);
      await (element as Updating).updateComplete;
      await nextTask(win);
      // Lit marks an element updated only when its render finished without throwing, so a
      // render that a policy stopped fails here, for shadow-DOM and light-DOM elements alike.
      expect((element as Updating).hasUpdated, `${tag} renders`).to.equal(true);
      const found = win.plazaViolations.slice(before);
      if (found.length > 0) violationsByTag[tag] = found;
    }
    expect(violationsByTag).to.deep.equal({});
  });

  it('lets a person submit a form: every error shows, and a "$" field keeps its value', async () => {
    const win = await openStrictPage();
    const doc = win.document;
    const rent = make(doc, 'plaza-text-field', {
      name: 'rent',
      label: 'Monthly rent in dollars',
      prefix: '$',
      suffix: 'per month',
      type: 'number',
      required: '',
    });
    const button = make(doc, 'button', {}, ['Continue']);
    const form = make(doc, 'form', {}, [
      make(doc, 'plaza-error-summary'),
      rent,
      make(doc, 'plaza-textarea', { name: 'details', label: 'Details', required: '' }),
      make(
        doc,
        'plaza-radio-group',
        { name: 'contact', label: 'How should we contact you?', required: '' },
        [
          make(doc, 'plaza-radio', { value: 'email', label: 'Email' }),
          make(doc, 'plaza-radio', { value: 'phone', label: 'Phone' }),
        ],
      ),
      make(doc, 'plaza-date-input', { name: 'dob', label: 'Date of birth', required: '' }),
      make(doc, 'plaza-checkbox', { name: 'agree', label: 'I agree', required: '' }),
      button,
    ]) as HTMLFormElement;
    let submitted: FormData | null = null;
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      submitted = new win.FormData(form);
    });
    doc.body.append(form);
    for (const element of form.querySelectorAll<Updating>('*')) await element.updateComplete;

    await clickOn(button);
    const summary = form.querySelector('plaza-error-summary')!;
    await waitUntil(
      () => summary.shadowRoot!.querySelectorAll('a').length > 0,
      'summary',
      PATIENCE,
    );
    expect(submitted).to.equal(null);
    expect(summary.shadowRoot!.querySelectorAll('a').length).to.equal(5);
    const rentInput = rent.shadowRoot!.querySelector('input')!;
    expect(rentInput.getAttribute('aria-invalid')).to.equal('true');

    await clickOn(rentInput);
    await sendKeys({ type: '950' });
    await (rent as Updating).updateComplete;
    expect(new win.FormData(form).get('rent')).to.equal('950');
    expect(rentInput.hasAttribute('aria-invalid')).to.equal(false);
    expect(win.plazaViolations).to.deep.equal([]);
  });

  it('reports an inline style or an HTML string, so the two tests above can fail', async () => {
    const win = await openStrictPage();
    const probe = win.document.createElement('div');
    probe.setAttribute('style', 'color: red');
    expect(() => {
      probe.innerHTML = '<b>bold</b>';
    }).to.throw(/TrustedHTML/);
    await waitUntil(() => win.plazaViolations.length >= 2, 'violations', PATIENCE);
    const directives = win.plazaViolations.map((violation) => violation.directive).sort();
    expect(directives).to.deep.equal(['require-trusted-types-for', 'style-src-attr']);
  });

  it("defines nothing under trusted-types 'none': Lit's lit-html policy must be allowed", async () => {
    const win = await openStrictPage("'none'");
    await waitUntil(() => win.plazaViolations.length > 0, 'a violation', PATIENCE);
    expect(win.plazaViolations.map((violation) => violation.directive)).to.include('trusted-types');
    expect(win.plazaViolations.map((violation) => violation.sample)).to.include('lit-html');
    for (const tag of loadedTags(win)) expect(win.customElements.get(tag), tag).to.equal(undefined);
  });
  it('runs the eligibility screener from first question to results, keyboard only', async () => {
    const win = await openStrictPage();
    const doc = win.document;
    const screener = make(doc, 'plaza-screener', {
      programs: 'medicaid-adult',
      storage: 'memory',
      'as-of': '2026-02-01',
    }) as Updating & { ruleSet: unknown };
    // Data made in the page's own realm, as a page that fetched the rule set would have it.
    screener.ruleSet = win.JSON.parse(JSON.stringify(examplePrograms));
    doc.body.append(screener);
    const shadow = () => screener.shadowRoot as ShadowRoot;
    const h1 = () => shadow().querySelector('h1')?.textContent?.trim();
    for (let page = 0; page < 20 && h1() !== 'Check your answers'; page += 1) {
      await waitUntil(() => shadow().querySelector('button.secondary, h1'), 'no page', PATIENCE);
      const decline = shadow().querySelector<HTMLButtonElement>('button.secondary');
      if (!decline) break;
      const before = shadow().querySelector('[name="answer"]');
      await clickOn(decline);
      await waitUntil(
        () => shadow().querySelector('[name="answer"]') !== before,
        'stuck',
        PATIENCE,
      );
    }
    expect(h1()).to.equal('Check your answers');
    const results = [...shadow().querySelectorAll('button')].find((button) =>
      button.textContent?.includes('See your results'),
    ) as HTMLButtonElement;
    results.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(
      () => shadow().querySelector('plaza-eligibility-results'),
      'no results',
      PATIENCE,
    );
    const shown = shadow().querySelector('plaza-eligibility-results') as Updating;
    await shown.updateComplete;
    expect(shown.shadowRoot?.textContent).to.contain('We need more information');
    expect(win.plazaViolations).to.deep.equal([]);
  });
});

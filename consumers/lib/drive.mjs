// Drives one consumer app in Chromium as a resident would: real mouse clicks and key presses
// (Puppeteer's input goes through the browser's input pipeline, so events are trusted).
// The same journeys run against every app; they fail on the first thing that differs.
import assert from 'node:assert/strict';

/** Waits for a condition in the page, without a fixed short timeout (a busy machine is slow). */
const PATIENCE = { timeout: 60_000, polling: 50 };

/** What the page shows: each field's inline error, the summary's links, values and focus. */
function readForm() {
  const errorOf = (element) =>
    element.shadowRoot
      ?.querySelector('[part~="error-message"]')
      ?.textContent?.replace(/\s+/gu, ' ')
      .trim() ?? '';
  const summary = document.querySelector('plaza-error-summary');
  const links = [...(summary?.shadowRoot?.querySelectorAll('a') ?? [])];
  const name = document.querySelector('plaza-text-field');
  const contact = document.querySelector('plaza-radio-group');
  let focused = document.activeElement;
  while (focused?.shadowRoot?.activeElement) focused = focused.shadowRoot.activeElement;
  return {
    summaryLinks: links.map((link) => link.textContent.trim()),
    summaryFocused: document.activeElement === summary,
    errors: { name: errorOf(name), contact: errorOf(contact) },
    messages: { name: name.validationMessage, contact: contact.validationMessage },
    values: {
      name: name.value,
      typed: name.shadowRoot.querySelector('input').value,
      contact: contact.value,
    },
    mirror: document.querySelector('#mirror')?.textContent ?? null,
    // The Angular app shows its FormControl's touched state and its FormGroup's validity.
    touched: document.querySelector('#touched')?.textContent ?? null,
    valid: document.querySelector('#valid')?.textContent ?? null,
    focusedTag: focused?.localName ?? '',
  };
}

async function ready(page, url) {
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForFunction(
    () =>
      ['plaza-text-field', 'plaza-radio-group', 'plaza-error-summary', 'plaza-button'].every(
        (tag) => customElements.get(tag),
      ) && document.querySelector('plaza-text-field')?.shadowRoot?.querySelector('input'),
    PATIENCE,
  );
}

async function fill(page, { name, contact }) {
  await page.click('plaza-text-field >>> input');
  await page.keyboard.type(name);
  await page.click(`plaza-radio-group >>> input[value="${contact}"]`);
}

/**
 * @param {import('puppeteer-core').Page} page
 * @param {{ url: string, received: Record<string, string[]>[] }} app
 * @param {{ navigates: boolean, mirrors: boolean, override?: string, angular?: boolean }} expect how the app answers
 *   a submit (a page load, or a fetch that keeps the page), whether it mirrors the name in its
 *   own state, an error message override registered through a second copy of @plaza/i18n, and
 *   (Angular) whether the form model follows: validity and the name control's touched state
 */
export async function driveApp(page, app, expect) {
  const violations = [];
  page.on('pageerror', (error) => violations.push(String(error)));

  // 1. An empty submit: every wrong field gets its inline error and a link in the summary.
  await ready(page, app.url);
  await page.click('plaza-button:not([type="reset"])');
  await page.waitForFunction(
    () => document.querySelector('plaza-error-summary')?.shadowRoot?.querySelectorAll('a').length,
    PATIENCE,
  );
  const empty = await page.evaluate(readForm);
  assert.deepEqual(
    empty.summaryLinks,
    [empty.messages.name, empty.messages.contact],
    'the summary lists both errors, in page order',
  );
  assert.ok(empty.messages.name && empty.messages.contact, 'both fields are invalid');
  assert.equal(
    empty.errors.name,
    `Error: ${empty.messages.name}`,
    'the name field shows its error',
  );
  assert.equal(
    empty.errors.contact,
    `Error: ${empty.messages.contact}`,
    'the radio group shows its error',
  );
  assert.ok(empty.summaryFocused, 'focus moves to the summary');
  if (expect.override)
    assert.match(
      empty.messages.name,
      new RegExp(`^${expect.override}`, 'u'),
      'the override registered through a second copy of @plaza/i18n is used',
    );
  assert.equal(app.received.length, 0, 'nothing was sent');

  // 2. A filled submit, by pressing Enter in the text field: the server gets every field.
  await fill(page, { name: 'Ana Díaz-Núñez', contact: 'mail' });
  await page.click('plaza-text-field >>> input');
  await page.keyboard.press('Enter');
  const deadline = Date.now() + PATIENCE.timeout;
  while (app.received.length === 0 && Date.now() < deadline)
    await new Promise((r) => setTimeout(r, 50));
  assert.deepEqual(
    app.received,
    [{ 'full-name': ['Ana Díaz-Núñez'], contact: ['mail'] }],
    'the server received the answers',
  );
  if (!expect.navigates) {
    // React 19 resets a form after its action: the Plaza fields must follow, with no stale error.
    await page.waitForFunction(
      () => document.querySelector('#status')?.textContent === 'Sent 1',
      PATIENCE,
    );
    const after = await page.evaluate(readForm);
    assert.deepEqual(
      after.values,
      { name: '', typed: '', contact: '' },
      'the form action reset the fields',
    );
    assert.equal(after.errors.name, '', 'no error shows after the reset');
    assert.equal(after.mirror, '', 'the app state follows the reset');
  }

  // 3. Reset: "Start again" clears what was typed and chosen, and the app's own state.
  await ready(page, app.url);
  if (expect.angular) {
    const before = await page.evaluate(readForm);
    assert.equal(before.valid, 'invalid', 'the Angular form starts invalid');
    assert.equal(before.touched, '', 'the name control starts untouched');
  }
  await fill(page, { name: 'Ana', contact: 'email' });
  if (expect.angular)
    await page.waitForFunction(
      () => document.querySelector('#valid')?.textContent === 'valid',
      PATIENCE,
    );
  const typed = await page.evaluate(readForm);
  if (expect.angular)
    assert.equal(typed.touched, 'touched', 'leaving the name field touches its control');
  assert.deepEqual(typed.values, { name: 'Ana', typed: 'Ana', contact: 'email' });
  if (expect.mirrors) assert.equal(typed.mirror, 'Ana', 'the app state follows typing');
  await page.click('plaza-button[type="reset"]');
  // The framework redraws its own state after the reset event, on its own schedule (Angular's
  // change detection runs after it): wait for both, patiently, then check everything.
  await page.waitForFunction(
    (mirrors) =>
      document.querySelector('plaza-text-field')?.value === '' &&
      (!mirrors || document.querySelector('#mirror')?.textContent === ''),
    PATIENCE,
    expect.mirrors,
  );
  const reset = await page.evaluate(readForm);
  assert.deepEqual(reset.values, { name: '', typed: '', contact: '' }, 'reset clears every field');
  assert.deepEqual(reset.errors, { name: '', contact: '' }, 'reset shows no errors');
  if (expect.mirrors) assert.equal(reset.mirror, '', 'the app state follows the reset');
  assert.equal(app.received.length, 1, 'reset sent nothing');
  assert.deepEqual(violations, [], 'no script errors');
}

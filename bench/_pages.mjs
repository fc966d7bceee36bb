/**
 * The two realistic pages of bench/page-load.mjs, each written twice with the same words:
 * once with Plaza's elements, once as native HTML styled by CSS only (GOV.UK-like markup).
 *
 * - form: a 20-question service form (text fields with hints, a date, radios, checkboxes, a
 *   select, a textarea) with a heading and a submit button.
 * - service: the same form inside a whole service page: official banner, header, step
 *   indicator, notification banner, accordion, task list, summary list, pagination and footer.
 */

const QUESTIONS = [
  ['text', 'Full name', 'As shown on your ID'],
  ['date', 'Date of birth', 'For example, 3 27 1985'],
  ['text', 'Email address', 'We will send your confirmation here'],
  ['text', 'Phone number', 'For international numbers include the country code'],
  ['radios', 'How should we contact you?', 'Choose one', ['Email', 'Phone', 'Text message']],
  ['text', 'Street address', ''],
  ['text', 'City', ''],
  ['select', 'County you live in', '', ['Adams County', 'Baker County', 'Clark County']],
  ['text', 'ZIP code', ''],
  ['radios', 'Do you rent or own your home?', '', ['Rent', 'Own', 'Other']],
  ['text', 'Monthly rent', 'In dollars, before any help'],
  [
    'checkboxes',
    'Which benefits do you get now?',
    'Select all that apply',
    ['SNAP', 'WIC', 'Medicaid'],
  ],
  ['text', 'Number of people in your household', 'Include yourself'],
  ['date', 'Date you moved in', 'For example, 3 27 2024'],
  ['radios', 'Are you working?', '', ['Yes', 'No']],
  ['text', 'Employer name', ''],
  ['text', 'Monthly income', 'Before taxes'],
  ['checkboxes', 'Do any of these apply to you?', '', ['Disabled', 'Over 60', 'Pregnant']],
  ['textarea', 'Anything else we should know?', 'Do not include personal information'],
  ['radios', 'Do you need an interpreter?', '', ['Yes', 'No']],
];

const slug = (index) => `q${index}`;

function plazaQuestion([type, label, hint, options], index) {
  const name = slug(index);
  const hintAttribute = hint ? ` hint="${hint}"` : '';
  switch (type) {
    case 'text':
      return `<plaza-text-field name="${name}" label="${label}"${hintAttribute} required></plaza-text-field>`;
    case 'date':
      return `<plaza-date-input name="${name}" label="${label}"${hintAttribute} required></plaza-date-input>`;
    case 'textarea':
      return `<plaza-textarea name="${name}" label="${label}"${hintAttribute}></plaza-textarea>`;
    case 'select':
      return (
        `<plaza-select name="${name}" label="${label}" required><option value="">Select one</option>` +
        options.map((option) => `<option>${option}</option>`).join('') +
        '</plaza-select>'
      );
    case 'radios':
      return (
        `<plaza-radio-group name="${name}" label="${label}"${hintAttribute} required>` +
        options
          .map((option) => `<plaza-radio value="${option}" label="${option}"></plaza-radio>`)
          .join('') +
        '</plaza-radio-group>'
      );
    case 'checkboxes':
      return (
        `<plaza-checkbox-group name="${name}" label="${label}"${hintAttribute}>` +
        options
          .map((option) => `<plaza-checkbox value="${option}" label="${option}"></plaza-checkbox>`)
          .join('') +
        '</plaza-checkbox-group>'
      );
    default:
      throw new Error(`unknown question type ${type}`);
  }
}

function nativeQuestion([type, label, hint, options], index) {
  const name = slug(index);
  const hintHtml = hint ? `<div class="hint" id="${name}-hint">${hint}</div>` : '';
  const describedBy = hint ? ` aria-describedby="${name}-hint"` : '';
  const choices = (kind) =>
    options
      .map(
        (option, i) =>
          `<div class="choice"><input type="${kind}" id="${name}-${i}" name="${name}" value="${option}"${kind === 'radio' ? ' required' : ''}><label for="${name}-${i}">${option}</label></div>`,
      )
      .join('');
  switch (type) {
    case 'text':
      return `<div class="field"><label for="${name}">${label}</label>${hintHtml}<input id="${name}" name="${name}" type="text" required${describedBy}></div>`;
    case 'textarea':
      return `<div class="field"><label for="${name}">${label} <span class="marker">(optional)</span></label>${hintHtml}<textarea id="${name}" name="${name}" rows="5"${describedBy}></textarea></div>`;
    case 'select':
      return (
        `<div class="field"><label for="${name}">${label}</label><select id="${name}" name="${name}" required><option value="">Select one</option>` +
        options.map((option) => `<option>${option}</option>`).join('') +
        '</select></div>'
      );
    case 'date':
      return (
        `<fieldset class="field" role="group"${describedBy}><legend>${label}</legend>${hintHtml}<div class="date">` +
        ['Month', 'Day', 'Year']
          .map(
            (part) =>
              `<div class="part"><label for="${name}-${part}">${part}</label><input id="${name}-${part}" name="${name}-${part}" inputmode="numeric" required class="w${part === 'Year' ? 4 : 2}"></div>`,
          )
          .join('') +
        '</div></fieldset>'
      );
    case 'radios':
      return `<fieldset class="field"${describedBy}><legend>${label}</legend>${hintHtml}${choices('radio')}</fieldset>`;
    case 'checkboxes':
      return `<fieldset class="field"${describedBy}><legend>${label} <span class="marker">(optional)</span></legend>${hintHtml}${choices('checkbox')}</fieldset>`;
    default:
      throw new Error(`unknown question type ${type}`);
  }
}

function form(kind) {
  const questions = QUESTIONS.map(kind === 'plaza' ? plazaQuestion : nativeQuestion).join('\n');
  const submit =
    kind === 'plaza'
      ? '<plaza-button type="submit">Continue</plaza-button>'
      : '<button type="submit" class="button">Continue</button>';
  return `<h1>Apply for housing help</h1><form id="form" action="/submitted" method="post" novalidate>${questions}${submit}</form>`;
}

const NAV = ['Benefits', 'Health', 'Taxes', 'Contact us'];
const STEPS = ['Your details', 'Household', 'Income', 'Check and send'];
const TASKS = [
  ['completed', 'Your details'],
  ['in-progress', 'Your household'],
  ['not-started', 'Income'],
  ['cannot-start', 'Check your answers and send'],
];
const ROWS = [
  ['Name', 'Ada Lovelace'],
  ['Date of birth', 'December 10, 1985'],
  ['County', 'Clark County'],
];
const SECTIONS = [
  ['Who can apply', 'You can apply if you live in the state and your income is under the limit.'],
  ['What you need', 'Proof of identity and your last three pay stubs.'],
];

function plazaFrame(content) {
  return `<plaza-official-banner jurisdiction="the State of Example"></plaza-official-banner>
<plaza-header><a slot="jurisdiction" href="#home">State of Example</a><a slot="service" href="#service">Housing help</a>${NAV.map((item) => `<a href="#${item}">${item}</a>`).join('')}</plaza-header>
<div class="width"><main id="main">
<plaza-step-indicator current="2">${STEPS.map((step) => `<span>${step}</span>`).join('')}</plaza-step-indicator>
<plaza-notification-banner disable-auto-focus><p>You have 7 days left to send your application.</p></plaza-notification-banner>
<plaza-accordion>${SECTIONS.map(([heading, text]) => `<plaza-accordion-section><span slot="heading">${heading}</span><p>${text}</p></plaza-accordion-section>`).join('')}</plaza-accordion>
<plaza-task-list>${TASKS.map(([status, task]) => `<plaza-task-list-item status="${status}"><a href="#task">${task}</a></plaza-task-list-item>`).join('')}</plaza-task-list>
<plaza-summary-list>${ROWS.map(([question, answer]) => `<plaza-summary-list-row href="#change"><span slot="question">${question}</span>${answer}</plaza-summary-list-row>`).join('')}</plaza-summary-list>
${content}
<plaza-pagination current="2" total="5" href="#page-{page}"></plaza-pagination>
</main></div>
<plaza-footer><a href="#help">Help</a><a href="#contact">Contact</a><a slot="meta" href="#accessibility">Accessibility</a><a slot="meta" href="#privacy">Privacy</a><p slot="legal">© 2026 State of Example</p></plaza-footer>`;
}

function nativeFrame(content) {
  return `<section class="banner" aria-label="Official website of the State of Example"><p>An official website of the State of Example</p></section>
<header class="header"><div class="width"><a href="#home" class="state">State of Example</a> <a href="#service" class="service">Housing help</a><nav aria-label="Menu"><ul>${NAV.map((item) => `<li><a href="#${item}">${item}</a></li>`).join('')}</ul></nav></div></header>
<div class="width"><main id="main">
<div class="steps"><p class="step-count">Step 2 of 4</p><ol>${STEPS.map((step, i) => `<li${i === 1 ? ' aria-current="step"' : ''}>${step}</li>`).join('')}</ol></div>
<div class="notice" role="region" aria-labelledby="notice-title"><h2 id="notice-title">Important</h2><p>You have 7 days left to send your application.</p></div>
<div class="accordion">${SECTIONS.map(([heading, text]) => `<details><summary>${heading}</summary><p>${text}</p></details>`).join('')}</div>
<ul class="tasks">${TASKS.map(([status, task]) => `<li><a href="#task">${task}</a><strong class="tag">${status.replace('-', ' ')}</strong></li>`).join('')}</ul>
<dl class="summary">${ROWS.map(([question, answer]) => `<div><dt>${question}</dt><dd>${answer}</dd><dd><a href="#change">Change</a></dd></div>`).join('')}</dl>
${content}
<nav class="pagination" aria-label="Pagination"><a href="#page-1">Previous</a> <a href="#page-1">1</a> <a href="#page-2" aria-current="page">2</a> <a href="#page-3">3</a> <a href="#page-3">Next</a></nav>
</main></div>
<footer class="footer"><div class="width"><ul><li><a href="#help">Help</a></li><li><a href="#contact">Contact</a></li></ul><ul><li><a href="#accessibility">Accessibility</a></li><li><a href="#privacy">Privacy</a></li></ul><p>© 2026 State of Example</p></div></footer>`;
}

/** CSS-only styling for the native pages, close to what GOV.UK's own CSS gives such markup. */
export const NATIVE_CSS = `body{margin:0;font:19px/1.4 system-ui,sans-serif;color:#0b0c0c}
.width{max-inline-size:60rem;margin-inline:auto;padding-inline:16px}main{padding-block:24px 48px}
h1{font-size:2rem;margin:0 0 24px}.field{margin:0 0 24px;border:0;padding:0}
label,legend{display:block;font-weight:700;margin-block-end:4px}.marker{font-weight:400}
.hint{color:#505a5f;margin-block-end:8px}input,select,textarea{box-sizing:border-box;font:inherit;border:2px solid #0b0c0c;padding:5px;min-block-size:44px}
input[type=text]{inline-size:100%;max-inline-size:30em}textarea{inline-size:100%}.date{display:flex;gap:16px}
.date label{font-weight:400}.w2{inline-size:3em}.w4{inline-size:5em}.choice{display:flex;align-items:center;gap:8px;margin-block:8px}
.choice input{inline-size:40px;min-block-size:40px;margin:0}.button{font:inherit;font-weight:700;background:#00703c;color:#fff;border:0;padding:8px 16px;min-block-size:44px}
.banner{background:#f3f2f1;font-size:14px;padding:4px 16px}.banner p{margin:0}.header{background:#0b0c0c;color:#fff;padding-block:12px}
.header a{color:#fff;font-weight:700}.header ul{display:flex;gap:16px;list-style:none;padding:0;margin:8px 0 0}
.steps ol{display:flex;gap:8px;list-style:none;padding:0}.steps li{flex:1;border-block-start:8px solid #b1b4b6;padding-block-start:4px}
.notice{border:5px solid #1d70b8;padding:16px;margin-block:24px}.notice h2{margin:0;font-size:1rem}
details{border-block-start:1px solid #b1b4b6;padding-block:12px}summary{font-weight:700;color:#1d70b8}
.tasks{list-style:none;padding:0}.tasks li{display:flex;justify-content:space-between;border-block-end:1px solid #b1b4b6;padding-block:12px}
.tag{background:#d2e2f1;padding:2px 8px}.summary div{display:flex;gap:16px;border-block-end:1px solid #b1b4b6;padding-block:10px}
.summary dt{font-weight:700;flex:1}.summary dd{flex:1;margin:0}.pagination{display:flex;gap:12px;margin-block:24px}
.footer{border-block-start:2px solid #1d70b8;background:#f3f2f1;padding-block:24px}.footer ul{display:flex;gap:16px;list-style:none;padding:0}`;

/** The body of each page, by name and kind ('plaza' or 'native'). */
export function pageBody(name, kind) {
  const content = form(kind);
  if (name === 'form') return `<main id="main" class="width">${content}</main>`;
  return kind === 'plaza' ? plazaFrame(content) : nativeFrame(content);
}

export const PAGES = ['form', 'service'];

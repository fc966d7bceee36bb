/**
 * The elements cloak.css reserves a box for, each in the configurations a service page uses:
 * a name for the test and the markup (rendered before any element is defined).
 */
import { html, type TemplateResult } from 'lit';

export const CLOAK_CASES: Record<string, TemplateResult> = {
  'official banner': html`<plaza-official-banner
    jurisdiction="the State of Example"
  ></plaza-official-banner>`,
  'header with state only': html`<plaza-header
    ><a slot="jurisdiction" href="#home">State of Example</a></plaza-header
  >`,
  'header with state and service': html`<plaza-header
    ><a slot="jurisdiction" href="#home">State of Example</a
    ><a slot="service" href="#service">Housing help</a></plaza-header
  >`,
  'header with navigation': html`<plaza-header
    ><a slot="jurisdiction" href="#home">State of Example</a
    ><a slot="service" href="#service">Housing help</a><a href="#b">Benefits</a
    ><a href="#h">Health</a><a href="#t">Taxes</a></plaza-header
  >`,
  'step indicator': html`<plaza-step-indicator current="2"
    ><span>Your details</span><span>Household</span><span>Income</span
    ><span>Check and send</span></plaza-step-indicator
  >`,
  'step indicator without names': html`<plaza-step-indicator current="1" hide-names
    ><span>Your details</span><span>Household</span></plaza-step-indicator
  >`,
  'notification banner': html`<plaza-notification-banner disable-auto-focus
    ><p>Your application was saved.</p></plaza-notification-banner
  >`,
  accordion: html`<plaza-accordion
    ><plaza-accordion-section
      ><span slot="heading">Who can apply</span>
      <p>You can apply if you live in the state.</p></plaza-accordion-section
    ><plaza-accordion-section
      ><span slot="heading">What you need</span>
      <p>Proof of identity.</p></plaza-accordion-section
    ></plaza-accordion
  >`,
  'task list': html`<plaza-task-list
    ><plaza-task-list-item status="completed"><a href="#t">Your details</a></plaza-task-list-item
    ><plaza-task-list-item status="in-progress"
      ><a href="#t">Income</a><span slot="hint">Pay and benefits</span></plaza-task-list-item
    ></plaza-task-list
  >`,
  'task list with progress': html`<plaza-task-list show-progress
    ><plaza-task-list-item status="completed"
      ><a href="#t">Your details</a></plaza-task-list-item
    ></plaza-task-list
  >`,
  'summary list with change links': html`<plaza-summary-list
    ><plaza-summary-list-row href="#c"
      ><span slot="question">Name</span>Ada Lovelace</plaza-summary-list-row
    ><plaza-summary-list-row href="#c"
      ><span slot="question">County</span>Clark County</plaza-summary-list-row
    ></plaza-summary-list
  >`,
  'summary list without actions': html`<plaza-summary-list
    ><plaza-summary-list-row
      ><span slot="question">Name</span>Ada Lovelace</plaza-summary-list-row
    ></plaza-summary-list
  >`,
  'text field': html`<plaza-text-field label="City"></plaza-text-field>`,
  'text field with hint': html`<plaza-text-field
    label="Full name"
    hint="As shown on your ID"
  ></plaza-text-field>`,
  'date input': html`<plaza-date-input label="Date of birth"></plaza-date-input>`,
  'date input with hint': html`<plaza-date-input
    label="Date of birth"
    hint="For example, 3 27 1985"
  ></plaza-date-input>`,
  'radio group with hint': html`<plaza-radio-group
    label="How should we contact you?"
    hint="Choose one"
    ><plaza-radio value="email" label="Email"></plaza-radio
    ><plaza-radio value="phone" label="Phone"></plaza-radio
  ></plaza-radio-group>`,
  'radio group with an option hint': html`<plaza-radio-group label="Contact"
    ><plaza-radio value="a" label="Email"></plaza-radio
    ><plaza-radio value="b" label="Phone"></plaza-radio
    ><plaza-radio value="c" label="Text" hint="Standard rates apply"></plaza-radio
  ></plaza-radio-group>`,
  'checkbox group': html`<plaza-checkbox-group label="Which benefits do you get?"
    ><plaza-checkbox value="snap" label="SNAP"></plaza-checkbox
    ><plaza-checkbox value="wic" label="WIC"></plaza-checkbox
  ></plaza-checkbox-group>`,
  select: html`<plaza-select label="County"><option>Clark County</option></plaza-select>`,
  'select with hint': html`<plaza-select label="County" hint="Where you live"
    ><option>Clark County</option></plaza-select
  >`,
  textarea: html`<plaza-textarea label="Anything else?"></plaza-textarea>`,
  'textarea with hint and 3 rows': html`<plaza-textarea
    label="Anything else?"
    hint="Do not include personal information"
    rows="3"
  ></plaza-textarea>`,
  button: html`<plaza-button>Continue</plaza-button>`,
  pagination: html`<plaza-pagination current="1" total="2" href="#p-{page}"></plaza-pagination>`,
  'footer with legal text': html`<plaza-footer
    ><p slot="legal">© 2026 State of Example</p></plaza-footer
  >`,
  'footer with links': html`<plaza-footer
    ><a href="#help">Help</a><a href="#contact">Contact</a
    ><a slot="meta" href="#a">Accessibility</a>
    <p slot="legal">© 2026 State</p></plaza-footer
  >`,
};

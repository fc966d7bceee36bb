import { expect, fixture, html } from '@open-wc/testing';
import { readOption } from './choice-control.js';
import { hasRevealContent, setRevealed } from './reveal.js';

/** The shared pieces under <plaza-radio-group>, <plaza-checkbox-group> and <plaza-checkbox>. */
describe('choice: option data and conditional reveal', () => {
  it('reads an option from its attributes, with the native defaults', async () => {
    const holder = await fixture<HTMLElement>(
      html`<div>
        <plaza-radio value="email" label="Email" hint="We reply in 2 days" checked></plaza-radio>
        <plaza-checkbox label="None of these" exclusive disabled></plaza-checkbox>
      </div>`,
    );
    const [email, none] = holder.children as HTMLCollectionOf<HTMLElement>;
    expect(readOption(email)).to.deep.equal({
      element: email,
      value: 'email',
      label: 'Email',
      hint: 'We reply in 2 days',
      checked: true,
      disabled: false,
      exclusive: false,
    });
    expect(readOption(none)).to.include({
      value: 'on',
      hint: '',
      checked: false,
      disabled: true,
      exclusive: true,
    });
  });

  it('knows whether an option has follow-up content', async () => {
    const holder = await fixture<HTMLElement>(
      html`<div>
        <span id="empty"> </span>
        <span id="text">Call us on weekdays</span>
        <span id="element"><input aria-label="Phone" /></span>
      </div>`,
    );
    const has = (id: string) => hasRevealContent(holder.querySelector(`#${id}`)!);
    expect([has('empty'), has('text'), has('element')]).to.deep.equal([false, true, true]);
  });

  it('disables hidden follow-up controls, keeps their values, and re-enables only its own', async () => {
    const option = await fixture<HTMLElement>(
      html`<div>
        <input name="phone" aria-label="Phone" value="202-555-0123" />
        <input name="ext" aria-label="Extension" disabled />
        <select name="time" aria-label="Best time">
          <option>Morning</option>
        </select>
        <p>Plain text stays untouched</p>
      </div>`,
    );
    const [phone, extension] = option.querySelectorAll('input');
    const time = option.querySelector('select')!;
    setRevealed(option, false);
    expect([phone.disabled, extension.disabled, time.disabled]).to.deep.equal([true, true, true]);
    expect(option.querySelector('p')!.hasAttribute('disabled')).to.equal(false);
    setRevealed(option, true);
    expect([phone.disabled, extension.disabled, time.disabled]).to.deep.equal([false, true, false]);
    expect(phone.value).to.equal('202-555-0123');
  });

  it('treats form-associated and not-yet-defined custom elements as controls', async () => {
    customElements.define('choice-test-widget', class extends HTMLElement {});
    customElements.define(
      'choice-test-field',
      class extends HTMLElement {
        static formAssociated = true;
      },
    );
    const option = await fixture<HTMLElement>(
      html`<div>
        <choice-test-field></choice-test-field>
        <choice-test-pending></choice-test-pending>
        <choice-test-widget></choice-test-widget>
      </div>`,
    );
    setRevealed(option, false);
    const disabled = [...option.children].map((element) => element.hasAttribute('disabled'));
    expect(disabled).to.deep.equal([true, true, false]);
  });
});

import { expect, fixture, html } from '@open-wc/testing';
import { a11ySnapshot, findAccessibilityNode, sendKeys } from '@web/test-runner-commands';
import { formAssociationSuite } from '../../test/support/form-association.js';
import './plaza-file-upload.js';
import type { PlazaFileUpload } from './file-upload.js';
import { errorText } from '../../test/support/text.js';
import { accessibleInEveryState } from '../../test/support/accessible-states.js';

const inner = (field: PlazaFileUpload) =>
  field.shadowRoot!.querySelector<HTMLInputElement>('input[type="file"]')!;
const listed = (field: PlazaFileUpload) =>
  [...field.shadowRoot!.querySelectorAll('.file .name')].map((name) => name.textContent);
const removeButtons = (field: PlazaFileUpload) => [
  ...field.shadowRoot!.querySelectorAll<HTMLButtonElement>('.remove'),
];

const file = (name: string, size = 1200, type = 'application/pdf') =>
  new File([new Uint8Array(size)], name, { type, lastModified: 1700000000000 });

/**
 * What the browser does when the resident picks files in the system dialog (which a test cannot
 * drive): the input's files change, then `input` and `change` fire.
 */
async function choose(field: PlazaFileUpload, files: File[]) {
  const input = inner(field);
  const transfer = new DataTransfer();
  for (const chosen of files) transfer.items.add(chosen);
  input.files = transfer.files;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  input.dispatchEvent(new Event('change', { bubbles: true }));
  await field.updateComplete;
}

const restoredState = new FormData();
restoredState.append('answer', file('restored.pdf'));

formAssociationSuite<PlazaFileUpload>({
  tag: 'plaza-file-upload',
  attributes: { label: 'Proof of address' },
  fill: (field) => choose(field, [file('bill.pdf')]),
  emptyValue: [],
  filledValue: ['[object File]'],
  restore: { state: restoredState, value: ['[object File]'] },
});

describe('<plaza-file-upload>', () => {
  const stopSubmit = (event: Event) => event.preventDefault();
  before(() => document.addEventListener('submit', stopSubmit));
  after(() => document.removeEventListener('submit', stopSubmit));

  it('is a native file input named by its label and described by its hint', async () => {
    const field = await fixture<PlazaFileUpload>(
      html`<plaza-file-upload
        label="Proof of address"
        hint="A bill or bank statement from the last 3 months"
        accept=".pdf,image/jpeg"
        required
      ></plaza-file-upload>`,
    );
    expect(inner(field).type).to.equal('file');
    expect(inner(field).accept).to.equal('.pdf,image/jpeg');
    expect(inner(field).multiple).to.equal(false);
    const label = field.shadowRoot!.querySelector('label')!;
    expect(label.control).to.equal(inner(field));
    const snapshot = await a11ySnapshot({});
    const node = findAccessibilityNode(
      snapshot as never,
      (candidate: unknown) =>
        (candidate as { role?: string }).role === 'button' &&
        (candidate as { name?: string }).name === 'Proof of address',
    ) as unknown as { description?: string } | null;
    expect(node, 'input in the accessibility tree').not.to.equal(null);
    expect(node!.description).to.equal('A bill or bank statement from the last 3 months');
  });

  it('submits the chosen files in FormData, keeping name, type and contents', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form>
        <plaza-file-upload name="docs" label="Documents" max-files="3"></plaza-file-upload>
      </form>`,
    );
    const field = form.querySelector('plaza-file-upload')!;
    expect(inner(field).multiple).to.equal(true);
    await choose(field, [file('lease.pdf', 2000), file('id.pdf', 3000)]);
    const sent = new FormData(form).getAll('docs') as File[];
    expect(sent.map((entry) => entry.name)).to.deep.equal(['lease.pdf', 'id.pdf']);
    expect(sent[1].size).to.equal(3000);
    expect(sent[1].type).to.equal('application/pdf');
  });

  it('adds files chosen later to the list when several are allowed, without duplicates', async () => {
    const field = await fixture<PlazaFileUpload>(
      html`<plaza-file-upload name="d" label="Documents" max-files="5"></plaza-file-upload>`,
    );
    await choose(field, [file('a.pdf')]);
    await choose(field, [file('b.pdf'), file('a.pdf')]);
    expect(listed(field)).to.deep.equal(['a.pdf', 'b.pdf']);
    expect([...inner(field).files!].map((entry) => entry.name)).to.deep.equal(['a.pdf', 'b.pdf']);
    expect(field.shadowRoot!.querySelector('#count')!.textContent!.trim()).to.equal(
      '2 files chosen',
    );
  });

  it('replaces the file when only one is allowed', async () => {
    const field = await fixture<PlazaFileUpload>(
      html`<plaza-file-upload name="d" label="Photo"></plaza-file-upload>`,
    );
    await choose(field, [file('one.pdf')]);
    await choose(field, [file('two.pdf')]);
    expect(listed(field)).to.deep.equal(['two.pdf']);
  });

  it('removes a file with its named button, moves focus and announces it', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form>
        <plaza-file-upload name="d" label="Documents" max-files="3"></plaza-file-upload>
      </form>`,
    );
    const field = form.querySelector('plaza-file-upload')!;
    await choose(field, [file('a.pdf'), file('b.pdf'), file('c.pdf')]);
    const buttons = removeButtons(field);
    expect(buttons.map((button) => button.textContent!.replace(/\s+/g, ' ').trim())).to.deep.equal([
      'Remove a.pdf',
      'Remove b.pdf',
      'Remove c.pdf',
    ]);
    let changes = 0;
    field.addEventListener('change', () => (changes += 1));
    buttons[1].focus();
    await sendKeys({ press: 'Enter' });
    await field.updateComplete;
    expect(listed(field)).to.deep.equal(['a.pdf', 'c.pdf']);
    expect(changes).to.equal(1);
    expect(field.shadowRoot!.activeElement).to.equal(removeButtons(field)[1]);
    expect((new FormData(form).getAll('d') as File[]).map((entry) => entry.name)).to.deep.equal([
      'a.pdf',
      'c.pdf',
    ]);
    await new Promise((resolve) => setTimeout(resolve, 100));
    const region = document.querySelector('[data-plaza-announcer] [aria-live="polite"]')!;
    expect(region.textContent).to.equal('b.pdf removed');
    removeButtons(field)[1].click();
    await field.updateComplete;
    removeButtons(field)[0].click();
    await field.updateComplete;
    expect(listed(field)).to.deep.equal([]);
    expect(field.shadowRoot!.activeElement).to.equal(inner(field), 'focus falls back to the input');
  });

  it('names the file in type, size, empty and count errors, shown on submit', async () => {
    const cases: [string, File[], string][] = [
      [
        'accept=".pdf,image/jpeg,image/png"',
        [file('scan.gif', 10, 'image/gif')],
        'scan.gif must be in PDF, JPG, or PNG format',
      ],
      [
        'accept="image/*"',
        [file('notes.txt', 10, 'text/plain')],
        'notes.txt must be in image format',
      ],
      [
        'max-size="2097152"',
        [file('big.pdf', 3 * 1024 * 1024)],
        'big.pdf must be smaller than 2 MB',
      ],
      [
        'max-size="512000" max-files="2"',
        [file('ok.pdf', 100), file('huge.pdf', 600000)],
        'huge.pdf must be smaller than 500 kB',
      ],
      ['', [file('blank.pdf', 0)], 'blank.pdf is empty'],
      ['max-files="2"', [file('1.pdf'), file('2.pdf'), file('3.pdf')], 'Select up to 2 files'],
      ['required', [], 'Select proof of address'],
    ];
    for (const [attributes, files, expected] of cases) {
      const form = document.createElement('form');
      form.innerHTML = `<plaza-file-upload name="f" label="Proof of address" ${attributes}></plaza-file-upload>`;
      document.body.append(form);
      try {
        const field = form.querySelector('plaza-file-upload')!;
        await field.updateComplete;
        if (files.length) await choose(field, files);
        expect(errorText(field), `${attributes}: no error before submit`).to.equal(null);
        form.requestSubmit();
        await field.updateComplete;
        expect(errorText(field), attributes).to.equal(`Error: ${expected}`);
        expect(inner(field).getAttribute('aria-invalid')).to.equal('true');
      } finally {
        form.remove();
      }
    }
  });

  it('clears the error when the wrong file is removed, and keeps the others', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form>
        <plaza-file-upload name="f" label="Documents" accept=".pdf" max-files="3">
        </plaza-file-upload>
      </form>`,
    );
    const field = form.querySelector('plaza-file-upload')!;
    await choose(field, [file('good.pdf'), file('photo.png', 10, 'image/png')]);
    form.requestSubmit();
    await field.updateComplete;
    expect(errorText(field)).to.equal('Error: photo.png must be in PDF format');
    expect(field.shadowRoot!.querySelector('.file.wrong .name')!.textContent).to.equal('photo.png');
    removeButtons(field)[1].click();
    await field.updateComplete;
    expect(errorText(field)).to.equal(null);
    expect(listed(field)).to.deep.equal(['good.pdf']);
    expect(field.checkValidity()).to.equal(true);
  });

  it('speaks Spanish', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form lang="es">
        <plaza-file-upload name="f" label="Comprobante de domicilio" max-size="1048576">
        </plaza-file-upload>
      </form>`,
    );
    const field = form.querySelector('plaza-file-upload')!;
    await choose(field, [file('factura.pdf', 2 * 1024 * 1024)]);
    form.requestSubmit();
    await field.updateComplete;
    expect(errorText(field)).to.equal('Error: factura.pdf debe pesar menos de 1 MB');
    expect(removeButtons(field)[0].textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      'Quitar factura.pdf',
    );
  });

  it('disables the input and remove buttons when disabled', async () => {
    const field = await fixture<PlazaFileUpload>(
      html`<plaza-file-upload label="Documents" max-files="2"></plaza-file-upload>`,
    );
    await choose(field, [file('a.pdf')]);
    field.disabled = true;
    await field.updateComplete;
    expect(inner(field).disabled).to.equal(true);
    expect(removeButtons(field)[0].disabled).to.equal(true);
  });

  describe('accessibility (axe) in every state', () => {
    const states: Record<string, () => Promise<Element>> = {
      default: () =>
        fixture(html`<plaza-file-upload label="Proof of address"></plaza-file-upload>`),
      hint: () =>
        fixture(
          html`<plaza-file-upload
            label="Proof of address"
            hint="PDF or JPG, smaller than 10 MB"
          ></plaza-file-upload>`,
        ),
      error: () =>
        fixture(
          html`<plaza-file-upload
            label="Proof of address"
            error="Select proof of address"
          ></plaza-file-upload>`,
        ),
      disabled: () =>
        fixture(html`<plaza-file-upload label="Proof of address" disabled></plaza-file-upload>`),
      'with files': async () => {
        const field = await fixture<PlazaFileUpload>(
          html`<plaza-file-upload label="Documents" max-files="3"></plaza-file-upload>`,
        );
        await choose(field, [file('lease.pdf'), file('id.pdf')]);
        return field;
      },
      spanish: () =>
        fixture(
          html`<div lang="es">
            <plaza-file-upload
              label="Comprobante de domicilio"
              hint="PDF o JPG"
              error="Seleccione el comprobante de domicilio"
            ></plaza-file-upload>
          </div>`,
        ),
    };
    accessibleInEveryState(states);
  });
});

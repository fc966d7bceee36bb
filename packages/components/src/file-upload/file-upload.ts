import { html, nothing, type PropertyValues, type PropertyDeclarations } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import {
  announce,
  describedBy,
  FIELD_IDS,
  PlazaFormControl,
  PlazaQuestion,
  redispatchChange,
  renderError,
  renderHint,
  renderLabel,
  type FormValue,
  type ValidationIssue,
} from '@plaza/core';
import { fileUploadStyles } from './file-upload.styles.js';

/** `accept` entries in words people know: `.pdf` and `application/pdf` are both "PDF". */
function acceptedTypeName(entry: string): string {
  if (entry.startsWith('.')) return entry.slice(1).toUpperCase();
  const [major, minor = ''] = entry.split('/');
  if (minor === '*') return major;
  const known: Record<string, string> = { jpeg: 'JPG', 'svg+xml': 'SVG', plain: 'TXT' };
  return known[minor] ?? minor.replace(/^(x-|vnd\.)/u, '').toUpperCase();
}

/** True when `file` matches one entry of an `accept` list (extension, MIME type or `type/*`). */
function matchesAccept(file: File, accept: string[]): boolean {
  if (accept.length === 0) return true;
  const name = file.name.toLowerCase();
  const type = file.type.toLowerCase();
  return accept.some((entry) => {
    if (entry.startsWith('.')) return name.endsWith(entry);
    if (entry.endsWith('/*')) return type.startsWith(entry.slice(0, -1));
    return type === entry;
  });
}

const sameFile = (a: File, b: File) =>
  a.name === b.name && a.size === b.size && a.lastModified === b.lastModified;

/**
 * @summary A native file input with its label, hint and error, a list of the chosen files with a
 * remove button each, and checks of type, size and count. Submits the files with the form.
 *
 * @slot hint - Rich hint content; replaces the `hint` attribute.
 *
 * @csspart field - The wrapper of label, hint, error, input and list.
 * @csspart label - The label.
 * @csspart hint - The hint text.
 * @csspart error-message - The error message.
 * @csspart input - The native file input.
 * @csspart file-list - The list of chosen files.
 * @csspart file - Each chosen file.
 * @csspart remove-button - Each file's remove button.
 *
 * @cssprop [--plaza-file-upload-border-color=var(--plaza-color-border)] - Border of the list.
 *
 * @fires change - When the user chooses or removes files.
 * @fires invalid - When validation fails on submit or `reportValidity()`.
 *
 * Accessibility: the browser's own file input, so it works with the keyboard, screen readers,
 * voice control and by dropping a file on it; there is no drag-only area. Each remove button is
 * named with its file ("Remove scan.pdf"); after a removal focus moves to the next file's button
 * (or the input) and the removal is announced politely.
 */
export class PlazaFileUpload extends PlazaQuestion(PlazaFormControl) {
  static override properties: PropertyDeclarations = {
    accept: {},
    maxSize: { type: Number, attribute: 'max-size' },
    maxFiles: { type: Number, attribute: 'max-files' },
  };
  static override styles = fileUploadStyles;
  static override genericName = 'fileUpload.file';
  /** This element's own strings, registered beneath any agency override when it first connects. */
  static override messages = {
    en: {
      'fileUpload.selected': { one: '{count} file chosen', other: '{count} files chosen' },
      'fileUpload.tooMany': { one: 'Select only {max} file', other: 'Select up to {max} files' },
      'fileUpload.remove': 'Remove',
      'fileUpload.removed': '{file} removed',
      'fileUpload.valueMissing': 'Select {name}',
      'fileUpload.file': 'a file',
      'fileUpload.wrongType': '{file} must be in {types} format',
      'fileUpload.tooBig': '{file} must be smaller than {max}',
      'fileUpload.empty': '{file} is empty',
    },
    es: {
      'fileUpload.selected': { one: '{count} archivo elegido', other: '{count} archivos elegidos' },
      'fileUpload.tooMany': {
        one: 'Seleccione solo {max} archivo',
        other: 'Seleccione hasta {max} archivos',
      },
      'fileUpload.remove': 'Quitar',
      'fileUpload.removed': 'Se quitó {file}',
      'fileUpload.valueMissing': 'Seleccione {name}',
      'fileUpload.file': 'un archivo',
      'fileUpload.wrongType': '{file} debe estar en formato {types}',
      'fileUpload.tooBig': '{file} debe pesar menos de {max}',
      'fileUpload.empty': '{file} está vacío',
    },
  };

  #files: File[] = [];
  private get input(): HTMLInputElement | null {
    return this.renderRoot?.querySelector('input') ?? null;
  }

  /** File types allowed, as for a native input: `.pdf,.jpg,image/png`. */
  accept = '';
  /** Largest size allowed per file, in bytes. */
  maxSize: number | undefined;
  /** Most files allowed; more than 1 lets the resident choose several. */
  maxFiles = 1;

  /** The files chosen, in the order they were added. */
  get files(): readonly File[] {
    return [...this.#files];
  }

  set files(files: readonly File[]) {
    this.#files = [...files];
    this.requestUpdate();
  }

  override updated(changed: PropertyValues<this>): void {
    this.#syncInput();
    super.updated(changed);
  }

  protected override get validationValue(): string {
    return this.#files.map((file) => file.name).join('\n');
  }

  protected override get validationAnchor(): HTMLElement | null {
    return this.input;
  }

  protected override formValue(): { value: FormValue; state: FormValue } {
    if (this.#files.length === 0 || !this.name) return { value: null, state: null };
    const data = new FormData();
    for (const file of this.#files) data.append(this.name, file);
    return { value: data, state: data };
  }

  protected override resetValue(): void {
    this.#files = [];
  }

  protected override restoreValue(state: FormValue): void {
    if (state instanceof FormData) {
      this.#files = [...state.values()].filter((entry): entry is File => entry instanceof File);
    } else if (state instanceof File) {
      this.#files = [state];
    }
  }

  protected override syncIssue(): ValidationIssue | null {
    if (this.#files.length === 0) {
      return this.required ? { flag: 'valueMissing', key: 'fileUpload.valueMissing' } : null;
    }
    const accept = this.#acceptList();
    for (const file of this.#files) {
      if (!matchesAccept(file, accept)) {
        const types = new Intl.ListFormat(this.localize.lang, { type: 'disjunction' }).format([
          ...new Set(accept.map(acceptedTypeName)),
        ]);
        return {
          flag: 'typeMismatch',
          key: 'fileUpload.wrongType',
          args: { file: file.name, types },
        };
      }
      if (this.maxSize !== undefined && file.size > this.maxSize) {
        const max = this.#formatSize(this.maxSize);
        return { flag: 'rangeOverflow', key: 'fileUpload.tooBig', args: { file: file.name, max } };
      }
      if (file.size === 0) {
        return { flag: 'badInput', key: 'fileUpload.empty', args: { file: file.name } };
      }
    }
    const max = Math.max(1, this.maxFiles);
    if (this.#files.length > max) {
      return { flag: 'tooLong', key: 'fileUpload.tooMany', args: { max, count: max } };
    }
    for (const validate of this.validators) {
      const found = validate(this.validationValue);
      if (found) return found;
    }
    return null;
  }

  #acceptList(): string[] {
    return this.accept
      .split(',')
      .map((entry) => entry.trim().toLowerCase())
      .filter(Boolean);
  }

  /** 2097152 -> "2 MB", in the page's language. */
  #formatSize(bytes: number): string {
    const [unit, size] =
      bytes >= 1024 * 1024
        ? ['megabyte', bytes / (1024 * 1024)]
        : bytes >= 1024
          ? ['kilobyte', bytes / 1024]
          : ['byte', bytes];
    return new Intl.NumberFormat(this.localize.lang, {
      style: 'unit',
      unit,
      unitDisplay: 'short',
      maximumFractionDigits: 1,
    }).format(size);
  }

  /** The native input shows the same files as the list, so it never says "No file chosen". */
  #syncInput(): void {
    const input = this.input;
    if (!input) return;
    const shown = input.files ? [...input.files] : [];
    if (shown.length === this.#files.length && shown.every((file, i) => file === this.#files[i]))
      return;
    const transfer = new DataTransfer();
    for (const file of this.#files) transfer.items.add(file);
    input.files = transfer.files;
  }

  #onChange = (event: Event): void => {
    event.stopPropagation();
    const chosen = [...((event.target as HTMLInputElement).files ?? [])];
    if (this.maxFiles > 1) {
      const added = chosen.filter((file) => !this.#files.some((kept) => sameFile(kept, file)));
      this.#files = [...this.#files, ...added];
    } else {
      this.#files = chosen.slice(0, 1);
    }
    this.handleUserEdit();
    this.requestUpdate();
    redispatchChange(this);
  };

  async #remove(index: number): Promise<void> {
    const [removed] = this.#files.splice(index, 1);
    this.handleUserEdit();
    this.requestUpdate();
    redispatchChange(this);
    await this.updateComplete;
    const buttons = this.renderRoot.querySelectorAll<HTMLButtonElement>('.remove');
    (buttons[Math.min(index, buttons.length - 1)] ?? this.input)?.focus();
    void announce(this.t('fileUpload.removed', { file: removed.name }));
  }

  #renderFiles(wrongFile: string | null) {
    if (this.#files.length === 0) return nothing;
    return html`<p id="count" class="count">
        ${this.t('fileUpload.selected', { count: this.#files.length })}
      </p>
      <ul class="files" part="file-list" aria-labelledby="count">
        ${this.#files.map(
          (file, index) =>
            html`<li class="file ${file.name === wrongFile ? 'wrong' : ''}" part="file">
              <span class="name">${file.name}</span>
              <span class="size">${this.#formatSize(file.size)}</span>
              <button
                class="remove"
                part="remove-button"
                type="button"
                ?disabled=${this.isDisabled || this.readonly}
                @click=${() => this.#remove(index)}
              >
                ${this.t('fileUpload.remove')}<span class="visually-hidden"> ${file.name}</span>
              </button>
            </li>`,
        )}
      </ul>`;
  }

  override render() {
    const issue = this.visibleIssue;
    const message = issue ? this.messageFor(issue) : null;
    const wrongFile = typeof issue?.args?.file === 'string' ? issue.args.file : null;
    return html`<div class="field ${issue ? 'has-error' : ''}" part="field">
      ${renderLabel(this.label, this.markerText, this.pageHeading)}
      ${renderHint(this.hint, this.slots.has('hint'))}
      ${renderError(message, this.t('field.errorPrefix'))}
      <input
        id=${FIELD_IDS.control}
        part="input"
        type="file"
        accept=${ifDefined(this.accept || undefined)}
        ?multiple=${this.maxFiles > 1}
        ?disabled=${this.isDisabled || this.readonly}
        aria-required=${this.required ? 'true' : nothing}
        aria-invalid=${issue ? 'true' : nothing}
        aria-describedby=${describedBy(this.hasHint, Boolean(message))}
        @change=${this.#onChange}
      />
      ${this.#renderFiles(wrongFile)}
    </div>`;
  }
}

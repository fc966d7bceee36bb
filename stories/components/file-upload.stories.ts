import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@plaza/components/file-upload.js';

interface FileUploadArgs {
  label: string;
  hint: string;
  accept: string;
  maxFiles: number;
  required: boolean;
  disabled: boolean;
}

const meta: Meta<FileUploadArgs> = {
  title: 'Components/File upload',
  component: 'plaza-file-upload',
  args: {
    label: 'Proof of address',
    hint: 'A bill or bank statement from the last 3 months. PDF or JPG, smaller than 10 MB.',
    accept: '.pdf,.jpg,.jpeg',
    maxFiles: 1,
    required: true,
    disabled: false,
  },
  render: ({ label, hint, accept, maxFiles, required, disabled }) =>
    html`<plaza-file-upload
      name="proof"
      label=${label}
      hint=${hint}
      accept=${accept}
      max-files=${maxFiles}
      max-size="10485760"
      ?required=${required}
      ?disabled=${disabled}
    ></plaza-file-upload>`,
};
export default meta;
type Story = StoryObj<FileUploadArgs>;

export const Default: Story = {};

export const SeveralFiles: Story = {
  args: {
    label: 'Upload your pay stubs',
    hint: 'Up to 4 files, PDF or JPG',
    maxFiles: 4,
    required: false,
  },
};

/** Files chosen, one of them the wrong type: the error names it and the list marks it. */
export const WithFilesAndAnError: Story = {
  render: () =>
    html`<plaza-file-upload
      name="docs"
      label="Upload your documents"
      hint="PDF only, up to 3 files"
      accept=".pdf"
      max-files="3"
    ></plaza-file-upload>`,
  play: async ({ canvasElement }) => {
    const field = canvasElement.querySelector('plaza-file-upload')!;
    await field.updateComplete;
    field.files = [
      new File(['%PDF-1.7'], 'lease.pdf', { type: 'application/pdf' }),
      new File(['GIF89a'], 'photo-of-id.gif', { type: 'image/gif' }),
    ];
    field.reportValidity();
  },
};

export const ServerError: Story = {
  render: () =>
    html`<plaza-file-upload
      name="proof"
      label="Proof of address"
      error="The selected file could not be read. Upload it again."
    ></plaza-file-upload>`,
};

export const Disabled: Story = { args: { disabled: true } };

export const Spanish: Story = {
  render: () =>
    html`<div lang="es">
      <plaza-file-upload
        name="comprobante"
        label="Comprobante de domicilio"
        hint="Una factura o estado de cuenta de los últimos 3 meses. PDF o JPG."
        accept=".pdf,.jpg"
        required
      ></plaza-file-upload>
    </div>`,
};

export const RightToLeft: Story = {
  render: () =>
    html`<div dir="rtl" lang="ar">
      <plaza-file-upload name="f" label="إثبات العنوان" max-files="3"></plaza-file-upload>
    </div>`,
};

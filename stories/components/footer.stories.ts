import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@plaza/components/footer.js';

const meta: Meta = {
  title: 'Components/Footer',
  component: 'plaza-footer',
  render: () =>
    html`<plaza-footer>
      <a href="#permits">Permits</a>
      <a href="#inspections">Inspections</a>
      <a href="#fees">Fees</a>
      <div slot="contact">
        <h2>Get help</h2>
        <p>
          Call <a href="tel:+15555550100">555-555-0100</a>, Monday to Friday, 8am to 5pm, or email
          <a href="mailto:permits@example.gov">permits@example.gov</a>.
        </p>
      </div>
      <a slot="meta" href="#accessibility">Accessibility statement</a>
      <a slot="meta" href="#privacy">Privacy</a>
      <a slot="meta" href="#terms">Terms of use</a>
      <a slot="languages" href="#es" lang="es" hreflang="es">Español</a>
      <a slot="languages" href="#vi" lang="vi" hreflang="vi">Tiếng Việt</a>
      <a slot="languages" href="#zh" lang="zh-Hant" hreflang="zh-Hant">繁體中文</a>
      <p slot="legal">© 2026 State of Example</p>
    </plaza-footer>`,
};
export default meta;
type Story = StoryObj;

export const Default: Story = {};

export const SupportLinksOnly: Story = {
  render: () =>
    html`<plaza-footer>
      <a slot="meta" href="#accessibility">Accessibility statement</a>
      <a slot="meta" href="#privacy">Privacy</a>
    </plaza-footer>`,
};

export const NarrowScreen: Story = {
  decorators: [(story) => html`<div style="max-inline-size: 320px">${story()}</div>`],
};

export const Spanish: Story = {
  render: () =>
    html`<div lang="es">
      <plaza-footer>
        <a href="#permits">Permisos</a>
        <a href="#inspections">Inspecciones</a>
        <div slot="contact">
          <h2>Obtener ayuda</h2>
          <p>Llame al <a href="tel:+15555550100">555-555-0100</a>, de lunes a viernes.</p>
        </div>
        <a slot="meta" href="#accessibility">Declaración de accesibilidad</a>
        <a slot="meta" href="#privacy">Privacidad</a>
        <a slot="languages" href="#en" lang="en" hreflang="en">English</a>
        <p slot="legal">© 2026 Estado de Ejemplo</p>
      </plaza-footer>
    </div>`,
};

export const RightToLeft: Story = {
  render: () =>
    html`<div dir="rtl" lang="ar">
      <plaza-footer>
        <a href="#services">الخدمات</a>
        <a href="#contact">اتصل بنا</a>
        <a slot="meta" href="#accessibility">بيان إمكانية الوصول</a>
        <a slot="meta" href="#privacy">الخصوصية</a>
        <a slot="languages" href="#en" lang="en" hreflang="en">English</a>
        <p slot="legal">© 2026 ولاية المثال</p>
      </plaza-footer>
    </div>`,
};

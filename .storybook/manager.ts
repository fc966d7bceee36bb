import { addons } from 'storybook/manager-api';
import { create } from 'storybook/theming';

addons.setConfig({
  theme: create({
    base: 'light',
    brandTitle: 'Plaza: accessible components for government services',
    brandUrl: '?path=/docs/introduction--docs',
    brandTarget: '_self',
    colorPrimary: '#005ea2',
    colorSecondary: '#005ea2',
  }),
});

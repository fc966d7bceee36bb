import type { Decorator, Preview } from '@storybook/web-components-vite';
import './fixture.css';

// Same shape as the real preview's language toolbar, so the sweep's Spanish pass is exercised.
const withLanguage: Decorator = (story, context) => {
  (context.canvasElement as HTMLElement).lang = String(context.globals.lang ?? 'en');
  return story();
};

const preview: Preview = {
  decorators: [withLanguage],
  globalTypes: {
    lang: {
      description: 'Language',
      toolbar: { title: 'Language', items: ['en', 'es'] },
    },
  },
  initialGlobals: { lang: 'en' },
};

export default preview;

import type { Catalog } from '@plaza/core';

/** The element's own words; shared field and validation words live in @plaza/core. */
export const messages: Record<string, Catalog> = {
  en: {
    'footer.languagesLabel': 'Languages',
    'footer.linksLabel': 'Footer',
    'footer.metaLabel': 'Support links',
  },
  es: {
    'footer.languagesLabel': 'Idiomas',
    'footer.linksLabel': 'Pie de página',
    'footer.metaLabel': 'Enlaces de ayuda',
  },
};

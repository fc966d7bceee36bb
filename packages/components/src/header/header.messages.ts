import type { Catalog } from '@plaza/core';

/** The element's own words; shared field and validation words live in @plaza/core. */
export const messages: Record<string, Catalog> = {
  en: {
    'header.menu': 'Menu',
    'header.navLabel': 'Main',
  },
  es: {
    'header.menu': 'Menú',
    'header.navLabel': 'Principal',
  },
};

import type { Catalog } from '@plaza/core';

/** The element's own words; shared field and validation words live in @plaza/core. */
export const messages: Record<string, Catalog> = {
  en: {
    'notificationBanner.important': 'Important',
    'notificationBanner.success': 'Success',
  },
  es: {
    'notificationBanner.important': 'Importante',
    'notificationBanner.success': 'Éxito',
  },
};

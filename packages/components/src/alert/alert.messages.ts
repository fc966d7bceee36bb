import type { Catalog } from '@plaza/core';

/** The element's own words; shared field and validation words live in @plaza/core. */
export const messages: Record<string, Catalog> = {
  en: {
    'alert.error': 'Error:',
    'alert.info': 'Information:',
    'alert.success': 'Success:',
    'alert.warning': 'Warning:',
  },
  es: {
    'alert.error': 'Error:',
    'alert.info': 'Información:',
    'alert.success': 'Éxito:',
    'alert.warning': 'Advertencia:',
  },
};

import type { Catalog } from '@plaza/core';

export const messages: Record<string, Catalog> = {
  en: {
    'exitThisPage.button': 'Exit this page',
    'exitThisPage.pressesLeft': {
      one: 'Shift, press {count} more time to exit.',
      other: 'Shift, press {count} more times to exit.',
    },
    'exitThisPage.leaving': 'Exiting page.',
  },
  es: {
    'exitThisPage.button': 'Salir de esta página',
    'exitThisPage.pressesLeft': {
      one: 'Mayúsculas, presione {count} vez más para salir.',
      other: 'Mayúsculas, presione {count} veces más para salir.',
    },
    'exitThisPage.leaving': 'Saliendo de la página.',
  },
};

import type { Catalog } from '@plaza/core';

/** The element's own words; `{time}` is a duration such as "1 minute 35 seconds". */
export const messages: Record<string, Catalog> = {
  en: {
    'timeoutWarning.heading': 'Your session is about to end',
    'timeoutWarning.countdown': 'We will end your session in {time}.',
    'timeoutWarning.continue': 'Continue',
    'timeoutWarning.minutes': { one: '{count} minute', other: '{count} minutes' },
    'timeoutWarning.seconds': { one: '{count} second', other: '{count} seconds' },
    'timeoutWarning.minutesAndSeconds': '{minutes} {seconds}',
  },
  es: {
    'timeoutWarning.heading': 'Su sesión está por terminar',
    'timeoutWarning.countdown': 'Terminaremos su sesión en {time}.',
    'timeoutWarning.continue': 'Continuar',
    'timeoutWarning.minutes': { one: '{count} minuto', other: '{count} minutos' },
    'timeoutWarning.seconds': { one: '{count} segundo', other: '{count} segundos' },
    'timeoutWarning.minutesAndSeconds': '{minutes} y {seconds}',
  },
};

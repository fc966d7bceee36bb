import type { Catalog } from '@plaza/core';

/** The element's own words; shared field and validation words live in @plaza/core. */
export const messages: Record<string, Catalog> = {
  en: {
    'name.given': 'First name',
    'name.family': 'Last name',
    'name.missing.given': 'Enter first name',
    'name.missing.family': 'Enter last name',
    'name.characters': '{part} must only include letters, spaces, hyphens and apostrophes',
    'name.tooLong': '{part} must be 128 characters or less',
  },
  es: {
    'name.given': 'Nombre',
    'name.family': 'Apellido',
    'name.missing.given': 'Ingrese el nombre',
    'name.missing.family': 'Ingrese el apellido',
    'name.characters': '{part} solo debe incluir letras, espacios, guiones y apóstrofos',
    'name.tooLong': '{part} debe tener 128 caracteres o menos',
  },
};

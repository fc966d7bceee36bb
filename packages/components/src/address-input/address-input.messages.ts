import type { Catalog } from '@plaza/core';

/** The element's own words; shared field and validation words live in @plaza/core. */
export const messages: Record<string, Catalog> = {
  en: {
    'address.line1': 'Address line 1',
    'address.line2': 'Address line 2 (optional)',
    'address.urbanization': 'Urbanization (optional)',
    'address.city': 'City or town',
    'address.state': 'State, territory or military post',
    'address.zip': 'ZIP code',
    'address.county': 'County',
    'address.choose': 'Select',
    'address.AA': 'Armed Forces Americas (AA)',
    'address.AE': 'Armed Forces Europe, Middle East, Africa and Canada (AE)',
    'address.AP': 'Armed Forces Pacific (AP)',
    'address.sameAs': 'Same as my home address',
    'address.missing.line1': 'Enter address line 1, typically the building number and street',
    'address.missing.city': 'Enter city or town',
    'address.missing.state': 'Select a state, territory or military post',
    'address.missing.zip': 'Enter ZIP code',
    'address.zipFormat':
      'Enter a ZIP code with 5 numbers, like 20500, or 9 numbers, like 20500-0003',
    'address.characters':
      '{part} must only include letters, numbers and the punctuation of addresses',
    'address.tooLong': '{part} must be 100 characters or less',
  },
  es: {
    'address.line1': 'Dirección, línea 1',
    'address.line2': 'Dirección, línea 2 (opcional)',
    'address.urbanization': 'Urbanización (opcional)',
    'address.city': 'Ciudad o pueblo',
    'address.state': 'Estado, territorio o correo militar',
    'address.zip': 'Código postal (ZIP)',
    'address.county': 'Condado',
    'address.choose': 'Seleccione',
    'address.AA': 'Fuerzas Armadas de las Américas (AA)',
    'address.AE': 'Fuerzas Armadas en Europa, Oriente Medio, África y Canadá (AE)',
    'address.AP': 'Fuerzas Armadas del Pacífico (AP)',
    'address.sameAs': 'Igual a la dirección de mi casa',
    'address.missing.line1':
      'Ingrese la línea 1 de la dirección, por lo general el número y la calle',
    'address.missing.city': 'Ingrese la ciudad o el pueblo',
    'address.missing.state': 'Seleccione un estado, territorio o correo militar',
    'address.missing.zip': 'Ingrese el código postal',
    'address.zipFormat':
      'Ingrese un código postal de 5 números, como 20500, o de 9 números, como 20500-0003',
    'address.characters':
      '{part} solo debe incluir letras, números y la puntuación de las direcciones',
    'address.tooLong': '{part} debe tener 100 caracteres o menos',
  },
};

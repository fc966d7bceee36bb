import type { Catalog } from '../localization.js';

/** Spanish messages (US Spanish, "usted" form) matching the English ones key for key. */
export const es: Catalog = {
  'field.optional': '(opcional)',
  'field.required': '(obligatorio)',
  'field.errorPrefix': 'Error:',
  'validation.valueMissing': 'Ingrese {name}',
  'validation.tooLong': {
    one: '{Name} debe tener {max} carácter o menos',
    other: '{Name} debe tener {max} caracteres o menos',
  },
  'validation.tooShort': {
    one: '{Name} debe tener {min} carácter o más',
    other: '{Name} debe tener {min} caracteres o más',
  },
  'validation.patternMismatch': 'Ingrese {name} con el formato correcto',
  'validation.email':
    'Ingrese un correo electrónico con el formato correcto, como nombre@ejemplo.com',
  'validation.tel': 'Ingrese un número de teléfono con el formato correcto, como 202-555-0123',
  'validation.url':
    'Ingrese una dirección web con el formato correcto, como https://www.example.gov',
  'validation.number': '{Name} debe ser un número',
  'validation.integer': '{Name} debe ser un número entero',
  'validation.rangeUnderflow': '{Name} debe ser {min} o más',
  'validation.rangeOverflow': '{Name} debe ser {max} o menos',
  // <plaza-textarea>, <plaza-select>, <plaza-radio-group>, <plaza-checkbox-group>, <plaza-checkbox>
  'textarea.characterLimit': {
    one: 'Puede escribir hasta {count} carácter',
    other: 'Puede escribir hasta {count} caracteres',
  },
  'textarea.wordLimit': {
    one: 'Puede escribir hasta {count} palabra',
    other: 'Puede escribir hasta {count} palabras',
  },
  'textarea.charactersRemaining': {
    one: 'Le queda {count} carácter',
    other: 'Le quedan {count} caracteres',
  },
  'textarea.charactersOver': {
    one: 'Tiene {count} carácter de más',
    other: 'Tiene {count} caracteres de más',
  },
  'textarea.wordsRemaining': {
    one: 'Le queda {count} palabra',
    other: 'Le quedan {count} palabras',
  },
  'textarea.wordsOver': {
    one: 'Tiene {count} palabra de más',
    other: 'Tiene {count} palabras de más',
  },
  'textarea.tooManyWords': {
    one: '{Name} debe tener {max} palabra o menos',
    other: '{Name} debe tener {max} palabras o menos',
  },
  'select.valueMissing': 'Seleccione {name}',
  'choice.valueMissing': 'Seleccione {name}',
  'choice.revealed': '{label}: se muestran más preguntas debajo de esta opción',
  'checkbox.valueMissing': 'Seleccione «{label}» para continuar',
  'checkbox.or': 'o',
  // Marco de página y avisos: enlace para saltar, banner oficial, encabezado, pie de página,
  // selector de idioma, alerta, banner de notificación, diálogo.
  'skipLink.text': 'Saltar al contenido principal',
  'officialBanner.label': 'Sitio web oficial',
  'officialBanner.intro': 'Un sitio web oficial de {jurisdiction}',
  'officialBanner.introGeneric': 'Un sitio web oficial del gobierno',
  'officialBanner.toggle': 'Así es como usted puede verificarlo',
  'officialBanner.domainHeading': 'Los sitios web oficiales usan {domain}',
  'officialBanner.domainText':
    'Un sitio web {domain} pertenece a una organización oficial del gobierno.',
  'officialBanner.httpsHeading': 'Los sitios web seguros {domain} usan HTTPS',
  'officialBanner.httpsText':
    'Un candado o https:// significa que usted se conectó de forma segura a un sitio web {domain}. Comparta información sensible solo en sitios web oficiales y seguros.',
  'header.menu': 'Menú',
  'header.navLabel': 'Principal',
  'footer.linksLabel': 'Pie de página',
  'footer.contactLabel': 'Contacto',
  'footer.metaLabel': 'Enlaces de ayuda',
  'footer.languagesLabel': 'Idiomas',
  'languageSelect.label': 'Idioma',
  'alert.info': 'Información:',
  'alert.success': 'Éxito:',
  'alert.warning': 'Advertencia:',
  'alert.error': 'Error:',
  'notificationBanner.important': 'Importante',
  'notificationBanner.success': 'Éxito',
  'dialog.close': 'Cerrar',
};

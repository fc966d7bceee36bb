/** The picker's English and Spanish (US) strings; an agency can override any key. */
export const messages = {
  en: {
    'jurisdictionPicker.zipLabel': 'ZIP code',
    'jurisdictionPicker.looking': 'Looking up ZIP code {zip}…',
    'jurisdictionPicker.oneCounty': 'ZIP code {zip} is in {county}, {state}.',
    'jurisdictionPicker.manyCounties': 'ZIP code {zip} is in {counties}.',
    'jurisdictionPicker.countiesList': '{list} counties',
    'jurisdictionPicker.whichCounty': 'Which county do you live in?',
    'jurisdictionPicker.notFound':
      'We could not find ZIP code {zip}. Select your state and county instead.',
    'jurisdictionPicker.military':
      'ZIP code {zip} is for military mail. Select the state and county where you live.',
    'jurisdictionPicker.loadFailed':
      'We could not look up ZIP codes just now. Select your state and county instead.',
    'jurisdictionPicker.useCounty': 'Select your state and county instead',
    'jurisdictionPicker.useZip': 'Enter a ZIP code instead',
    'jurisdictionPicker.state': 'State',
    'jurisdictionPicker.county': 'County',
    'jurisdictionPicker.chooseState': 'Select a state',
    'jurisdictionPicker.chooseCounty': 'Select a county',
    'jurisdictionPicker.zipMissing': 'Enter a ZIP code',
    'jurisdictionPicker.zipFormat': 'Enter a real ZIP code, like 94103',
    'jurisdictionPicker.stateMissing': 'Select your state',
    'jurisdictionPicker.countyMissing': 'Select your county',
    'jurisdictionPicker.source': 'Source: {attribution}',
  },
  es: {
    'jurisdictionPicker.zipLabel': 'Código postal (ZIP)',
    'jurisdictionPicker.looking': 'Buscando el código postal {zip}…',
    'jurisdictionPicker.oneCounty': 'El código postal {zip} está en {county}, {state}.',
    'jurisdictionPicker.manyCounties': 'El código postal {zip} está en {counties}.',
    'jurisdictionPicker.countiesList': 'los condados de {list}',
    'jurisdictionPicker.whichCounty': '¿En qué condado vive?',
    'jurisdictionPicker.notFound':
      'No encontramos el código postal {zip}. Seleccione su estado y condado.',
    'jurisdictionPicker.military':
      'El código postal {zip} es para correo militar. Seleccione el estado y el condado donde vive.',
    'jurisdictionPicker.loadFailed':
      'No pudimos buscar códigos postales en este momento. Seleccione su estado y condado.',
    'jurisdictionPicker.useCounty': 'Seleccionar estado y condado',
    'jurisdictionPicker.useZip': 'Usar un código postal',
    'jurisdictionPicker.state': 'Estado',
    'jurisdictionPicker.county': 'Condado',
    'jurisdictionPicker.chooseState': 'Seleccione un estado',
    'jurisdictionPicker.chooseCounty': 'Seleccione un condado',
    'jurisdictionPicker.zipMissing': 'Ingrese un código postal',
    'jurisdictionPicker.zipFormat': 'Ingrese un código postal real, como 94103',
    'jurisdictionPicker.stateMissing': 'Seleccione su estado',
    'jurisdictionPicker.countyMissing': 'Seleccione su condado',
    'jurisdictionPicker.source': 'Fuente: {attribution}',
  },
};

import type { Catalog } from '@plaza/core';

/** The element's own words; shared field and validation words live in @plaza/core. */
export const messages: Record<string, Catalog> = {
  en: {
    'money.amount': 'Amount in dollars',
    'money.inDollars': 'in dollars',
    'money.howOften': 'How often',
    'money.choose': 'Select how often',
    'money.week': 'Every week',
    'money.biweek': 'Every 2 weeks',
    'money.semimonth': 'Twice a month',
    'money.month': 'Every month',
    'money.year': 'Every year',
    'money.format': '{Name} must be an amount in dollars, like 600 or 193.54',
    'money.cents': '{Name} must have no more than 2 numbers after the decimal point',
    'money.max': '{Name} must be {max} or less',
    'money.periodMissing': '{Name} must include how often',
  },
  es: {
    'money.amount': 'Cantidad en dólares',
    'money.inDollars': 'en dólares',
    'money.howOften': 'Con qué frecuencia',
    'money.choose': 'Seleccione la frecuencia',
    'money.week': 'Cada semana',
    'money.biweek': 'Cada 2 semanas',
    'money.semimonth': 'Dos veces al mes',
    'money.month': 'Cada mes',
    'money.year': 'Cada año',
    'money.format': '{Name} debe ser una cantidad en dólares, como 600 o 193.54',
    'money.cents': '{Name} no debe tener más de 2 números después del punto decimal',
    'money.max': '{Name} debe ser {max} o menos',
    'money.periodMissing': '{Name} debe incluir con qué frecuencia',
  },
};

import type { Catalog } from '@plaza/core';

/** The element's own words; shared field and validation words live in @plaza/core. */
export const messages: Record<string, Catalog> = {
  en: {
    'officialBanner.domainHeading': 'Official websites use {domain}',
    'officialBanner.domainText':
      'A {domain} website belongs to an official government organization.',
    'officialBanner.httpsHeading': 'Secure {domain} websites use HTTPS',
    'officialBanner.httpsText':
      'A lock or https:// means you’ve safely connected to the {domain} website. Share sensitive information only on official, secure websites.',
    'officialBanner.intro': 'An official website of {jurisdiction}',
    'officialBanner.introGeneric': 'An official government website',
    'officialBanner.label': 'Official website',
    'officialBanner.toggle': 'Here’s how you know',
  },
  es: {
    'officialBanner.domainHeading': 'Los sitios web oficiales usan {domain}',
    'officialBanner.domainText':
      'Un sitio web {domain} pertenece a una organización oficial del gobierno.',
    'officialBanner.httpsHeading': 'Los sitios web seguros {domain} usan HTTPS',
    'officialBanner.httpsText':
      'Un candado o https:// significa que usted se conectó de forma segura a un sitio web {domain}. Comparta información sensible solo en sitios web oficiales y seguros.',
    'officialBanner.intro': 'Un sitio web oficial de {jurisdiction}',
    'officialBanner.introGeneric': 'Un sitio web oficial del gobierno',
    'officialBanner.label': 'Sitio web oficial',
    'officialBanner.toggle': 'Así es como usted puede verificarlo',
  },
};

/**
 * The engine's own messages in English and Spanish, in @plaza/i18n's catalog shape. Program packs
 * add their own keys; an agency overrides any key with `registerMessages`.
 */
import type { Catalog } from '@plaza/i18n';

export const en: Catalog = {
  'eligibility.status.likely': 'You are likely eligible for {program}.',
  'eligibility.status.maybe':
    'You may be eligible for {program}. We need more information to tell.',
  'eligibility.status.unlikely': 'You are not likely to be eligible for {program}.',
  'eligibility.criterion.met': 'You meet this requirement.',
  'eligibility.criterion.unmet': 'You do not meet this requirement.',
  'eligibility.criterion.unknown': 'We need more information to check this requirement.',
  'eligibility.criterion.settled.met':
    'You meet this requirement whatever your answers to the questions still open.',
  'eligibility.criterion.settled.unmet':
    'You do not meet this requirement whatever your answers to the questions still open.',
  'eligibility.criterion.residence.met': 'You live where this program is offered.',
  'eligibility.criterion.residence.unmet': 'This program is not offered where you live.',
  'eligibility.criterion.residence.unknown': 'Tell us where you live to check this program.',
  'eligibility.criterion.requires.met':
    'You are likely eligible for {program}, which this program requires.',
  'eligibility.criterion.requires.unmet':
    'This program requires {program}, and you are not likely to be eligible for it.',
  'eligibility.criterion.requires.unknown':
    'This program requires {program}. We need more information to check it.',
  'eligibility.criterion.excludes.met':
    'You are not likely to get {program}, which would replace this program.',
  'eligibility.criterion.excludes.unmet': 'You are likely eligible for {program} instead.',
  'eligibility.criterion.excludes.unknown':
    'We need more information to know whether {program} applies instead.',
  'eligibility.questions': {
    one: 'We need {count} more answer to check this.',
    other: 'We need {count} more answers to check this.',
  },
  'eligibility.disclaimer':
    'This is an estimate, not a decision. Only the agency that runs a program can decide whether you qualify.',
};

export const es: Catalog = {
  'eligibility.status.likely': 'Es probable que usted califique para {program}.',
  'eligibility.status.maybe':
    'Es posible que usted califique para {program}. Necesitamos más información para saberlo.',
  'eligibility.status.unlikely': 'No es probable que usted califique para {program}.',
  'eligibility.criterion.met': 'Usted cumple este requisito.',
  'eligibility.criterion.unmet': 'Usted no cumple este requisito.',
  'eligibility.criterion.unknown': 'Necesitamos más información para revisar este requisito.',
  'eligibility.criterion.settled.met':
    'Usted cumple este requisito, sea cual sea su respuesta a las preguntas pendientes.',
  'eligibility.criterion.settled.unmet':
    'Usted no cumple este requisito, sea cual sea su respuesta a las preguntas pendientes.',
  'eligibility.criterion.residence.met': 'Usted vive donde se ofrece este programa.',
  'eligibility.criterion.residence.unmet': 'Este programa no se ofrece donde usted vive.',
  'eligibility.criterion.residence.unknown': 'Díganos dónde vive para revisar este programa.',
  'eligibility.criterion.requires.met':
    'Es probable que usted califique para {program}, que este programa exige.',
  'eligibility.criterion.requires.unmet':
    'Este programa exige {program}, y no es probable que usted califique para ese programa.',
  'eligibility.criterion.requires.unknown':
    'Este programa exige {program}. Necesitamos más información para revisarlo.',
  'eligibility.criterion.excludes.met':
    'No es probable que usted reciba {program}, que reemplazaría este programa.',
  'eligibility.criterion.excludes.unmet':
    'Es probable que usted califique para {program} en su lugar.',
  'eligibility.criterion.excludes.unknown':
    'Necesitamos más información para saber si {program} aplica en su lugar.',
  'eligibility.questions': {
    one: 'Necesitamos {count} respuesta más para revisar esto.',
    other: 'Necesitamos {count} respuestas más para revisar esto.',
  },
  'eligibility.disclaimer':
    'Esto es un cálculo aproximado, no una decisión. Solo la agencia que administra un programa puede decidir si usted califica.',
};

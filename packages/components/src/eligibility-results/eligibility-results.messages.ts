import type { Catalog } from '@plaza/core';

export const messages: Record<string, Catalog> = {
  en: {
    'results.heading': 'Your results',
    'results.group.likely': 'You are likely to qualify',
    'results.group.maybe': 'We need more information',
    'results.group.unlikely': 'You are unlikely to qualify',
    'results.count': { one: '{count} program', other: '{count} programs' },
    'results.tag.likely': 'Likely to qualify',
    'results.tag.maybe': 'More information needed',
    'results.tag.unlikely': 'Unlikely to qualify',
    'results.reasons.met': 'What you told us that fits',
    'results.reasons.unmet': 'What does not fit',
    'results.reasons.unknown': 'What we do not know yet',
    'results.answerMore': {
      one: 'Answer {count} more question to find out',
      other: 'Answer {count} more questions to find out',
    },
    'results.sources': 'Rules and data used',
    'results.asOf': 'Checked against the rules in force on {date}.',
    'results.nextSteps': 'Next steps',
    'results.documents': 'Documents to have ready:',
    'results.contact': 'Questions? Contact',
    'results.apply': 'How to apply',
    'results.learnMore': 'Learn more',
    'results.services': 'Find help applying near you',
    'results.why': 'Why am I seeing this?',
    'results.why.likely':
      'Your answers meet every rule we check for this program. Only the agency can decide if you qualify.',
    'results.why.maybe':
      'Some rules for this program depend on answers we do not have yet. Nothing you told us rules it out.',
    'results.why.unlikely':
      'At least one of your answers does not meet a rule for this program. You can still apply: only the agency can decide.',
    'results.changed':
      'Your results changed: {likely} likely, {maybe} need more information, {unlikely} unlikely.',
    'results.empty': 'There are no results to show yet.',
  },
  es: {
    'results.heading': 'Sus resultados',
    'results.group.likely': 'Es probable que califique',
    'results.group.maybe': 'Necesitamos más información',
    'results.group.unlikely': 'Es poco probable que califique',
    'results.count': { one: '{count} programa', other: '{count} programas' },
    'results.tag.likely': 'Probable',
    'results.tag.maybe': 'Falta información',
    'results.tag.unlikely': 'Poco probable',
    'results.reasons.met': 'Lo que nos dijo que cumple',
    'results.reasons.unmet': 'Lo que no cumple',
    'results.reasons.unknown': 'Lo que todavía no sabemos',
    'results.answerMore': {
      one: 'Responda {count} pregunta más para saberlo',
      other: 'Responda {count} preguntas más para saberlo',
    },
    'results.sources': 'Reglas y datos usados',
    'results.asOf': 'Revisado con las reglas vigentes el {date}.',
    'results.nextSteps': 'Próximos pasos',
    'results.documents': 'Documentos que debe tener a mano:',
    'results.contact': '¿Preguntas? Comuníquese con',
    'results.apply': 'Cómo solicitar',
    'results.learnMore': 'Más información',
    'results.services': 'Encuentre ayuda cerca de usted para presentar la solicitud',
    'results.why': '¿Por qué veo esto?',
    'results.why.likely':
      'Sus respuestas cumplen todas las reglas que revisamos para este programa. Solo la agencia puede decidir si califica.',
    'results.why.maybe':
      'Algunas reglas de este programa dependen de respuestas que aún no tenemos. Nada de lo que nos dijo lo descarta.',
    'results.why.unlikely':
      'Al menos una de sus respuestas no cumple una regla de este programa. Aun así puede solicitar: solo la agencia puede decidir.',
    'results.changed':
      'Sus resultados cambiaron: {likely} probables, {maybe} necesitan más información, {unlikely} poco probables.',
    'results.empty': 'Todavía no hay resultados.',
  },
};

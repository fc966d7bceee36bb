import type { Catalog } from '@plaza/core';

export const messages: Record<string, Catalog> = {
  en: {
    'formFlow.continue': 'Continue',
    'formFlow.selectOne': 'Select one',
    'formFlow.notAnswered': 'Not answered',
    'formFlow.change': 'Change',
    'formFlow.checkAnswers': 'Check your answers before sending your application',
    'formFlow.sendHeading': 'Now send your application',
    'formFlow.declaration':
      'By sending this application you confirm that, to the best of your knowledge, the answers you are providing are correct.',
    'formFlow.send': 'Accept and send',
    'formFlow.clear': 'Clear my answers',
    'formFlow.cleared': 'Your answers have been cleared.',
    'formFlow.title': '{page} – {service}',
    'formFlow.loadFailed': 'This service could not be loaded. Try again later.',
  },
  es: {
    'formFlow.continue': 'Continuar',
    'formFlow.selectOne': 'Seleccione una opción',
    'formFlow.notAnswered': 'Sin responder',
    'formFlow.change': 'Cambiar',
    'formFlow.checkAnswers': 'Revise sus respuestas antes de enviar su solicitud',
    'formFlow.sendHeading': 'Ahora envíe su solicitud',
    'formFlow.declaration':
      'Al enviar esta solicitud, usted confirma que, según su leal saber y entender, las respuestas que da son correctas.',
    'formFlow.send': 'Aceptar y enviar',
    'formFlow.clear': 'Borrar mis respuestas',
    'formFlow.cleared': 'Se borraron sus respuestas.',
    'formFlow.title': '{page} – {service}',
    'formFlow.loadFailed': 'No se pudo cargar este servicio. Vuelva a intentarlo más tarde.',
  },
};

import { expect } from '@open-wc/testing';
import { formatArg } from './format.js';
import {
  hasMessages,
  languageFallbacks,
  onMessagesChanged,
  registerDefaultMessages,
  registerMessages,
  translate,
} from './registry.js';

describe('message registry', () => {
  it('falls back from a regional language to its base, then to English', () => {
    expect(languageFallbacks('es-MX')).to.deep.equal(['es-mx', 'es', 'en']);
    expect(languageFallbacks('EN_us')).to.deep.equal(['en-us', 'en']);
    expect(languageFallbacks('  ')).to.deep.equal(['en']);
    expect(translate('es-MX', 'field.optional')).to.equal('(opcional)');
    expect(translate('fr', 'field.optional')).to.equal('(optional)');
    expect(hasMessages('es-MX')).to.equal(true);
    expect(hasMessages('fr')).to.equal(false);
  });

  it('ships every English key in Spanish too', async () => {
    const { en } = await import('./messages/en.js');
    const { es } = await import('./messages/es.js');
    expect(Object.keys(es).sort()).to.deep.equal(Object.keys(en).sort());
  });

  it('returns the key itself when no catalog has it', () => {
    expect(translate('en', 'no.such.key')).to.equal('no.such.key');
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    registerMessages('en', {
      'test.greeting': 'Hello {name}, you owe {amount} by {due} {unknown}',
    });
    const text = translate('en', 'test.greeting', {
      name: 'Ada',
      amount: { amount: 1234.5, currency: 'USD' },
      due: new Date(Date.UTC(2026, 0, 31)),
    });
    expect(text).to.equal('Hello Ada, you owe $1,234.50 by January 31, 2026 {unknown}');
  });

  it('contracts "de el" and "a el" in Spanish, but not a proper name or another language', () => {
    registerMessages('es', { 'test.of': 'Un sitio de {place}; vaya a {office}' });
    registerMessages('en', { 'test.of': 'A site of {place}' });
    expect(
      translate('es', 'test.of', { place: 'el Estado de Ejemplo', office: 'el centro' }),
    ).to.equal('Un sitio del Estado de Ejemplo; vaya al centro');
    expect(translate('es-MX', 'test.of', { place: 'El Paso', office: 'ella' })).to.equal(
      'Un sitio de El Paso; vaya a ella',
    );
    expect(translate('en', 'test.of', { place: 'de el' })).to.equal('A site of de el');
  });

  it('formats numbers, money and dates with Intl for the language', () => {
    expect(formatArg('en', 2888)).to.equal('2,888');
    // `es` means US Spanish (issue 14): the same grouping as Intl gives es-US, not Spain's.
    expect(formatArg('es', 2888)).to.equal(new Intl.NumberFormat('es-US').format(2888));
    expect(formatArg('es-ES', 12888)).to.equal('12.888');
    expect(formatArg('en', { amount: 2100, currency: 'USD' })).to.equal('$2,100');
    expect(formatArg('es', new Date(Date.UTC(2026, 4, 1)))).to.equal('1 de mayo de 2026');
  });

  it('chooses plural forms with Intl.PluralRules', () => {
    expect(translate('en', 'validation.tooLong', { Name: 'Name', max: 1, count: 1 })).to.equal(
      'Name must be 1 character or less',
    );
    expect(translate('en', 'validation.tooLong', { Name: 'Name', max: 5, count: 5 })).to.equal(
      'Name must be 5 characters or less',
    );
    expect(translate('es', 'validation.tooShort', { Name: 'Nombre', min: 2, count: 2 })).to.equal(
      'Nombre debe tener 2 caracteres o más',
    );
  });

  it('lets an agency override a string and tells listeners', () => {
    let changes = 0;
    const stop = onMessagesChanged(() => (changes += 1));
    registerMessages('es', { 'field.optional': '(si aplica)' });
    expect(translate('es', 'field.optional')).to.equal('(si aplica)');
    registerMessages('es', { 'field.optional': '(opcional)' });
    stop();
    registerMessages('es', { 'field.optional': '(opcional)' });
    expect(changes).to.equal(2);
  });

  it('registers component defaults beneath earlier agency overrides', () => {
    registerMessages('en', { 'test.widget.close': 'Dismiss' });
    registerDefaultMessages('en', { 'test.widget.close': 'Close', 'test.widget.open': 'Open' });
    expect(translate('en', 'test.widget.close')).to.equal('Dismiss');
    expect(translate('en', 'test.widget.open')).to.equal('Open');
  });

  it('ignores prototype keys and non-message values from untrusted JSON', () => {
    const hostile = JSON.parse(
      '{"__proto__": {"polluted": "yes"}, "constructor": "x", "test.ok": "fine", "test.bad": 5}',
    );
    registerMessages('en', hostile);
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
    expect(translate('en', 'test.ok')).to.equal('fine');
    expect(translate('en', 'test.bad')).to.equal('test.bad');
    expect(translate('en', 'toString')).to.equal('toString');
  });
});

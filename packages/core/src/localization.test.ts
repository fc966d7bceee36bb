import { expect } from '@open-wc/testing';
import * as i18n from '@plaza/i18n';
import * as localization from './localization.js';
import { emailFormatMessages, formatMessages } from './messages/formats.js';

describe('localization (from @plaza/i18n)', () => {
  it('re-exports every @plaza/i18n export unchanged, so existing imports keep working', () => {
    expect(Object.keys(localization).sort()).to.deep.equal(Object.keys(i18n).sort());
    for (const [name, value] of Object.entries(i18n)) {
      expect((localization as Record<string, unknown>)[name], name).to.equal(value);
    }
  });

  it('ships every English format message in Spanish too', () => {
    expect(Object.keys(formatMessages.es).sort()).to.deep.equal(
      Object.keys(formatMessages.en).sort(),
    );
  });

  it('gives the email-only catalog the same words as the full format catalog', () => {
    for (const lang of ['en', 'es']) {
      expect(emailFormatMessages[lang], lang).to.deep.equal({
        'validation.email': formatMessages[lang]['validation.email'],
      });
    }
  });
});

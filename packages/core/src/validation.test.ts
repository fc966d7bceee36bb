import { expect } from '@open-wc/testing';
import {
  characterCount,
  email,
  firstAsyncIssue,
  firstIssue,
  maxLength,
  messageFor,
  minLength,
  nameInSentence,
  number,
  parseNumber,
  pattern,
  required,
  tel,
  toValidityFlags,
  url,
} from './validation.js';

const flagOf = (validator: (value: string) => { flag: string } | null, value: string) =>
  validator(value)?.flag ?? null;

describe('validators', () => {
  it('required treats whitespace as empty', () => {
    expect(flagOf(required(), '')).to.equal('valueMissing');
    expect(flagOf(required(), '   ')).to.equal('valueMissing');
    expect(flagOf(required(), 'a')).to.equal(null);
  });

  it('counts lengths in characters people see, not UTF-16 units', () => {
    expect(characterCount('José 👩🏽')).to.equal(7);
    expect(flagOf(maxLength(2), '👍👍')).to.equal(null);
    expect(flagOf(maxLength(2), '👍👍👍')).to.equal('tooLong');
    expect(flagOf(minLength(3), '')).to.equal(null);
    expect(flagOf(minLength(3), 'ab')).to.equal('tooShort');
    expect(flagOf(minLength(3), 'abc')).to.equal(null);
  });

  it('pattern matches the whole value and ignores an invalid pattern', () => {
    expect(flagOf(pattern('[0-9]{5}'), '12345')).to.equal(null);
    expect(flagOf(pattern('[0-9]{5}'), '123456')).to.equal('patternMismatch');
    expect(flagOf(pattern('[0-9]{5}'), '')).to.equal(null);
    expect(flagOf(pattern('(unclosed'), 'anything')).to.equal(null);
  });

  it('checks email addresses', () => {
    for (const good of ['name@example.com', ' a.b+c@sub.example.gov ', 'josé@ejemplo.mx']) {
      expect(flagOf(email(), good), good).to.equal(null);
    }
    for (const bad of ['name@', 'name@example', '@example.com', 'a b@example.com', 'a@b..com']) {
      expect(flagOf(email(), bad), bad).to.equal('typeMismatch');
    }
  });

  it('checks phone numbers as people write them', () => {
    for (const good of [
      '202-555-0123',
      '(202) 555 0123',
      '+1 202 555 0123',
      '202.555.0123 ext. 45',
    ]) {
      expect(flagOf(tel(), good), good).to.equal(null);
    }
    for (const bad of ['12', 'call me', '202-555-0123-1234-5678-9']) {
      expect(flagOf(tel(), bad), bad).to.equal('typeMismatch');
    }
  });

  it('checks web addresses', () => {
    expect(flagOf(url(), 'https://www.example.gov/path?q=1')).to.equal(null);
    expect(flagOf(url(), 'example.gov')).to.equal('typeMismatch');
    expect(flagOf(url(), 'javascript:alert(1)')).to.equal('typeMismatch');
    expect(flagOf(url(), 'https://localhost')).to.equal('typeMismatch');
  });

  it('parses and bounds numbers', () => {
    expect(parseNumber(' 1,200.50 ')).to.equal(1200.5);
    expect(parseNumber('-3')).to.equal(-3);
    expect(parseNumber('.5')).to.equal(0.5);
    expect(parseNumber('12abc')).to.equal(null);
    expect(parseNumber('1e5')).to.equal(null);
    expect(flagOf(number({ min: 1, max: 10 }), '0')).to.equal('rangeUnderflow');
    expect(flagOf(number({ min: 1, max: 10 }), '11')).to.equal('rangeOverflow');
    expect(flagOf(number({ integer: true }), '2.5')).to.equal('badInput');
    expect(number({ integer: true })('2.5')?.key).to.equal('validation.integer');
    expect(flagOf(number(), '')).to.equal(null);
  });

  it('returns the first issue in order, one message per field', () => {
    const found = firstIssue('', [required(), minLength(3)]);
    expect(found?.flag).to.equal('valueMissing');
    expect(firstIssue('abcd', [required(), maxLength(3), pattern('x+')])?.flag).to.equal('tooLong');
    expect(firstIssue('ok', [])).to.equal(null);
    expect(toValidityFlags(found)).to.deep.equal({ valueMissing: true });
    expect(toValidityFlags(null)).to.deep.equal({});
  });

  it('runs async validators in order; a string result is the message', async () => {
    const signal = new AbortController().signal;
    const result = await firstAsyncIssue(
      'taken',
      [async () => null, async (value) => (value === 'taken' ? 'Choose another name' : null)],
      signal,
    );
    expect(result).to.deep.equal({
      flag: 'customError',
      key: 'validation.custom',
      message: 'Choose another name',
    });
    expect(await firstAsyncIssue('free', [async () => null], signal)).to.equal(null);
  });
});

describe('error messages', () => {
  it('names the field inside the sentence, keeping acronyms', () => {
    expect(nameInSentence('Full name')).to.equal('full name');
    expect(nameInSentence('SSN')).to.equal('SSN');
    expect(nameInSentence('ZIP code')).to.equal('ZIP code');
    expect(nameInSentence('')).to.equal('');
  });

  it('builds GOV.UK-style messages in English and Spanish', () => {
    const missing = required()('')!;
    expect(messageFor(missing, { lang: 'en', name: 'your full name' })).to.equal(
      'Enter your full name',
    );
    expect(messageFor(missing, { lang: 'es', name: 'su nombre completo' })).to.equal(
      'Ingrese su nombre completo',
    );
    const long = maxLength(1200)('x'.repeat(1201))!;
    expect(messageFor(long, { lang: 'en', name: 'your answer' })).to.equal(
      'Your answer must be 1,200 characters or less',
    );
  });

  it('uses a per-field override with the same placeholders', () => {
    const long = maxLength(35)('x'.repeat(40))!;
    expect(
      messageFor(long, {
        lang: 'en',
        name: 'your full name',
        overrides: { tooLong: '{Name} must be {max} letters or fewer' },
      }),
    ).to.equal('Your full name must be 35 letters or fewer');
  });
});

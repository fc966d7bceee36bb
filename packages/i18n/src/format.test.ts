import { expect } from '@open-wc/testing';
import {
  formatArg,
  formatDate,
  formatLocale,
  formatMoney,
  formatNumber,
  formatPercent,
} from './format.js';

const usd = (lang: string, amount: number) =>
  new Intl.NumberFormat(lang, { style: 'currency', currency: 'USD' }).format(amount);
const percent = (lang: string, ratio: number) =>
  new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 2 }).format(ratio);

describe('formatting', () => {
  it('formats `es` as US Spanish and `en` as US English unless a region says otherwise', () => {
    expect(formatLocale('es')).to.equal('es-US');
    expect(formatLocale('en')).to.equal('en-US');
    expect(formatLocale('ES-mx')).to.equal('es-MX');
    expect(formatLocale('es_MX')).to.equal('en-US');
    expect(formatLocale('zh-hant')).to.equal('zh-Hant');
    expect(formatLocale('es-!!')).to.equal('en-US');
    expect(formatLocale('  ')).to.equal('en-US');
  });

  it('gives what Intl gives for es-US: money and percentages a US reader expects', () => {
    const money = { amount: 2000.5, currency: 'USD' };
    expect(formatMoney('es', money)).to.equal(usd('es-US', 2000.5));
    expect(formatMoney('es', money)).not.to.equal(usd('es', 2000.5));
    expect(formatPercent('es', 0.8785)).to.equal(percent('es-US', 0.8785));
    expect(formatPercent('es', 0.8785)).not.to.equal(percent('es', 0.8785));
    expect(formatNumber('es', 12888)).to.equal(new Intl.NumberFormat('es-US').format(12888));
    expect(formatMoney('es-ES', money)).to.equal(usd('es-ES', 2000.5));
    expect(formatMoney('en', money)).to.equal(usd('en-US', 2000.5));
  });

  it('writes small whole numbers as Intl does, asking it only outside English and Spanish', () => {
    for (const lang of ['en', 'es', 'en-GB', 'ES-mx', 'es-!!', 'fr', 'ar-EG']) {
      for (const count of [0, 7, 42, 999, 1000, 2.5]) {
        const intl = new Intl.NumberFormat(formatLocale(lang)).format(count);
        expect(formatArg(lang, count), `${lang} ${count}`).to.equal(intl);
        expect(formatNumber(lang, count), `${lang} ${count}`).to.equal(intl);
      }
    }
  });

  it('drops the cents of whole amounts only', () => {
    const whole = new Intl.NumberFormat('es-US', {
      style: 'currency',
      currency: 'USD',
      maximumFractionDigits: 0,
    }).format(2100);
    expect(formatMoney('es', { amount: 2100, currency: 'USD' })).to.equal(whole);
    expect(formatMoney('en', { amount: 0.1, currency: 'USD' })).to.equal(usd('en-US', 0.1));
  });

  it('formats dates in UTC so the day never shifts', () => {
    const date = new Date(Date.UTC(1985, 11, 10));
    const expected = new Intl.DateTimeFormat('es-US', { dateStyle: 'long', timeZone: 'UTC' });
    expect(formatDate('es', date)).to.equal(expected.format(date));
    expect(formatArg('es', date)).to.equal(expected.format(date));
    expect(formatArg('en', 'text')).to.equal('text');
  });
});

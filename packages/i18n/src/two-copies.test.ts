import { expect } from '@open-wc/testing';
import * as first from './registry.js';

type Registry = typeof first;

describe('two copies of @plaza/i18n on one page', () => {
  it('share one registry, so an override through either copy reaches both', async () => {
    // A second module instance, as a bundler that duplicates the package would load it.
    const url = new URL('./registry.ts?second-copy', import.meta.url).href;
    const second = (await import(/* @vite-ignore */ url)) as Registry;
    expect(second.translate).not.to.equal(first.translate);

    first.registerMessages('en', { 'test.copies.first': 'From the first copy' });
    second.registerMessages('es', { 'field.optional': '(si aplica)' });
    expect(second.translate('en', 'test.copies.first')).to.equal('From the first copy');
    expect(first.translate('es', 'field.optional')).to.equal('(si aplica)');

    // Loading a copy registers its defaults beneath overrides: the agency's word survives.
    const third = (await import(/* @vite-ignore */ `${url}-third`)) as Registry;
    expect(third.translate('es', 'field.optional')).to.equal('(si aplica)');

    let heard = 0;
    const stop = first.onMessagesChanged(() => (heard += 1));
    second.registerMessages('en', { 'test.copies.second': 'x' });
    stop();
    expect(heard).to.equal(1);
    first.registerMessages('es', { 'field.optional': '(opcional)' });
  });
});

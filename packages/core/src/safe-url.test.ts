import { expect } from '@open-wc/testing';
import { safeNavigationUrl } from './safe-url.js';

describe('safeNavigationUrl', () => {
  const base = 'https://permits.example.gov/apply/start';

  it('resolves relative and absolute web addresses', () => {
    expect(safeNavigationUrl('/timed-out', base)).to.equal('https://permits.example.gov/timed-out');
    expect(safeNavigationUrl('done?x=1#top', base)).to.equal(
      'https://permits.example.gov/apply/done?x=1#top',
    );
    expect(safeNavigationUrl('  https://www.weather.gov/ ', base)).to.equal(
      'https://www.weather.gov/',
    );
    expect(safeNavigationUrl('http://example.org', base)).to.equal('http://example.org/');
  });

  it('refuses script, data and other schemes, empty and unparsable input', () => {
    for (const hostile of [
      'javascript:alert(1)',
      ' JavaScript:alert(1)',
      'java\tscript:alert(1)',
      'data:text/html,<p>hi</p>',
      'vbscript:x',
      'file:///etc/passwd',
      'mailto:a@example.gov',
      'http://[::1',
      '',
      '   ',
      null,
      undefined,
    ]) {
      expect(safeNavigationUrl(hostile, base), String(hostile)).to.equal(null);
    }
  });
});

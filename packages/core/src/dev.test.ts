import { expect } from '@open-wc/testing';
import { devWarn } from './dev.js';

/** Runs `body` with console.warn captured and `plazaDevWarnings` set to `flag` (or unset). */
function warningsWith(flag: boolean | undefined, body: () => void): string[] {
  const seen: string[] = [];
  const warn = console.warn;
  const scope = globalThis as { plazaDevWarnings?: boolean };
  const before = scope.plazaDevWarnings;
  console.warn = (message: string) => seen.push(message);
  if (flag === undefined) delete scope.plazaDevWarnings;
  else scope.plazaDevWarnings = flag;
  try {
    body();
  } finally {
    console.warn = warn;
    if (before === undefined) delete scope.plazaDevWarnings;
    else scope.plazaDevWarnings = before;
  }
  return seen;
}

describe('development warnings', () => {
  it('are silent when plazaDevWarnings is false', () => {
    expect(warningsWith(false, () => devWarn('dev-test:off', 'advice'))).to.deep.equal([]);
  });

  it('print once per key when plazaDevWarnings is true', () => {
    const seen = warningsWith(true, () => {
      devWarn('dev-test:on', 'advice');
      devWarn('dev-test:on', 'advice');
      devWarn('dev-test:other', 'other advice');
    });
    expect(seen).to.deep.equal(['advice', 'other advice']);
  });

  it('print by default on a page served from this machine (the test runner is)', () => {
    expect(location.hostname).to.match(/^(localhost|127\.0\.0\.1)$/);
    expect(warningsWith(undefined, () => devWarn('dev-test:default', 'advice'))).to.deep.equal([
      'advice',
    ]);
  });

  it('stay silent after the switch is turned off, for a key not yet printed', () => {
    expect(warningsWith(false, () => devWarn('dev-test:later', 'advice'))).to.deep.equal([]);
    expect(warningsWith(true, () => devWarn('dev-test:later', 'advice'))).to.deep.equal(['advice']);
  });
});

import { expect } from '@open-wc/testing';
import { define } from './define.js';

describe('define', () => {
  it('registers once and tolerates a second registration of the same tag', () => {
    class First extends HTMLElement {}
    class Second extends HTMLElement {}
    const warnings: string[] = [];
    const original = console.warn;
    console.warn = (message: string) => warnings.push(message);
    try {
      define('plaza-define-test', First);
      define('plaza-define-test', First);
      expect(warnings).to.deep.equal([]);
      define('plaza-define-test', Second);
      expect(customElements.get('plaza-define-test')).to.equal(First);
      expect(warnings[0]).to.contain('<plaza-define-test> is already defined');
    } finally {
      console.warn = original;
    }
  });
});

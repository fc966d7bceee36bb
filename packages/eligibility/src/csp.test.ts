/**
 * The engine must work under a strict Content-Security-Policy (no 'unsafe-eval'). This loads it
 * in an iframe whose policy forbids eval and new Function, runs a rule set there, and checks both
 * the result and that the policy really blocks eval. Browser only: Node has no CSP.
 */
import { equal, ok } from '../test/assert.js';

const isBrowser = typeof document !== 'undefined';

describe('strict Content-Security-Policy', () => {
  it('loads and evaluates rules where eval is forbidden', async function () {
    if (!isBrowser) return;
    const engineUrl = new URL('./index.ts', import.meta.url).href;
    const nonce = 'plaza-csp-test';
    const frame = document.createElement('iframe');
    const done = new Promise<{ status: string; evalBlocked: boolean; error?: string }>(
      (resolve) => {
        window.addEventListener('message', function listener(event) {
          if (event.source !== frame.contentWindow) return;
          window.removeEventListener('message', listener);
          resolve(event.data);
        });
      },
    );
    frame.srcdoc = `<!doctype html><html><head>
<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self' 'nonce-${nonce}'">
</head><body><script type="module" nonce="${nonce}">
let evalBlocked = false;
try { new Function('return 1')(); } catch { evalBlocked = true; }
try {
  const { evaluate, loadRuleSet } = await import(${JSON.stringify(engineUrl)});
  const rules = loadRuleSet({
    id: 'csp', version: '1',
    facts: [{ id: 'income', type: 'money', question: 'q' }, { id: 'people', type: 'members', question: 'q', facts: [] }, { id: 'place', type: 'jurisdiction', question: 'q' }],
    programs: [{ id: 'p', name: 'P', agency: 'A', criteria: [{ id: 'c', when: { '<=': [{ fact: 'income' }, { fpl: { size: { count: { of: 'people' } }, percent: 130, rounding: { mode: 'up' } } }] } }] }],
  });
  const result = evaluate(rules, { income: 2888, people: [{}, {}, {}], place: { state: 'TX' } }, { asOf: '2025-11-01' });
  parent.postMessage({ status: result.programs[0].status, evalBlocked }, '*');
} catch (error) {
  parent.postMessage({ status: 'error', evalBlocked, error: String(error) }, '*');
}
</script></body></html>`;
    document.body.append(frame);
    try {
      const outcome = await done;
      ok(outcome.evalBlocked, 'the policy blocks new Function, so the test means something');
      equal(outcome.status, 'likely', outcome.error ?? '');
    } finally {
      frame.remove();
    }
  });
});

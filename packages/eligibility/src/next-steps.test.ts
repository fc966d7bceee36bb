import { loadRuleSet } from './document/rule-set.js';
import { RuleSetError } from './errors.js';
import { evaluate } from './evaluate.js';
import { explain } from './explain.js';
import { SAFE_LINK } from './formats.js';
import type { Program, RuleSet } from './types.js';
import { household } from '../test/fixtures.js';
import { deepEqual, equal, ok, throws } from '../test/assert.js';

const base: Program = {
  id: 'p',
  name: 'P',
  agency: 'A',
  criteria: [{ id: 'c', when: { fact: 'student' } }],
};

function withProgram(extra: Record<string, unknown>): RuleSet {
  return household([{ ...base, ...extra } as Program]);
}

function issues(extra: Record<string, unknown>): string[] {
  const error = throws(() => loadRuleSet(withProgram(extra)), RuleSetError);
  return error.issues.map((issue) => `${issue.path}: ${issue.message}`);
}

const full = {
  apply: { url: 'https://apply.example.gov/snap', label: 'next.apply' },
  documents: ['next.documents.id', 'next.documents.pay'],
  contact: {
    name: 'next.contact',
    phone: '1-800-221-5689',
    email: 'help@agency.example.gov',
    url: '/contact',
  },
  services: ['svc-snap-food-benefits-application-help'],
};

describe('program next steps (apply, documents, contact, services)', () => {
  it('are on every evaluated program, frozen, exactly as written', () => {
    const rules = loadRuleSet(withProgram(full));
    const [program] = evaluate(rules, { student: true }).programs;
    deepEqual(program.nextSteps, full);
    ok(Object.isFrozen(program.nextSteps), 'frozen');
    ok(Object.isFrozen(program.nextSteps.documents), 'documents frozen');
    ok(Object.isFrozen(program.nextSteps.contact), 'contact frozen');
    equal(
      evaluate(rules, {}).programs[0].nextSteps,
      program.nextSteps,
      'one object shared by every evaluation',
    );
  });

  it('are empty lists when a program gives none, and apply falls back to links.apply', () => {
    const none = evaluate(loadRuleSet(withProgram({})), {}).programs[0].nextSteps;
    deepEqual(none, { documents: [], services: [] });
    const linked = evaluate(
      loadRuleSet(withProgram({ links: { apply: 'https://apply.example.gov' } })),
      {},
    ).programs[0].nextSteps;
    deepEqual(linked.apply, { url: 'https://apply.example.gov' });
    const insecure = evaluate(
      loadRuleSet(withProgram({ links: { apply: 'http://apply.example.gov' } })),
      {},
    ).programs[0].nextSteps;
    equal(insecure.apply, undefined, 'an http: link is not offered as the way to apply');
  });

  it('explain translates the apply label, documents and contact name', () => {
    const rules = withProgram(full);
    const translated = {
      ...rules,
      messages: {
        en: { 'next.apply': 'Apply online', 'next.documents.id': 'A photo ID' },
        es: { 'next.apply': 'Solicite en línea', 'next.documents.id': 'Una identificación' },
      },
    };
    const compiled = loadRuleSet(translated);
    const [spanish] = explain(evaluate(compiled, {}), 'es', compiled);
    equal(spanish.nextSteps.apply?.label, 'Solicite en línea');
    equal(spanish.nextSteps.apply?.url, full.apply.url);
    deepEqual(spanish.nextSteps.documents, ['Una identificación', 'next.documents.pay']);
    deepEqual(spanish.nextSteps.services, full.services);
  });

  for (const url of [
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    ' javascript:alert(1)',
    'data:text/html,x',
    'http://apply.example.gov',
    '//evil.example',
    '/\\evil.example',
    'https://',
    'apply',
    '',
    '/apply form',
  ]) {
    it(`rejects the apply url ${JSON.stringify(url)} and names its path`, () => {
      ok(!SAFE_LINK.test(url), 'the published pattern refuses it too');
      const found = issues({ apply: { url } });
      equal(found.length, 1, found.join('\n'));
      ok(found[0].startsWith('$.programs[0].apply.url: must be an https:// address'), found[0]);
    });
  }

  it('accepts https and paths on the agency site', () => {
    for (const url of ['https://a.example.gov/x?y=1#z', '/apply', './apply', '../apply/'])
      equal(loadRuleSet(withProgram({ apply: { url } })).programs[0].nextSteps.apply?.url, url);
  });

  it('names the path of each bad field', () => {
    deepEqual(
      issues({
        apply: { label: 'x', target: '_blank' },
        documents: ['ok', '', 3],
        contact: { phone: 'call us', email: 'not-an-email', url: 'javascript:void(0)', fax: '1' },
        services: ['svc-a', 'svc a', 'svc-a', '__proto__'.repeat(20)],
      }),
      [
        '$.programs[0].apply.target: is not a known field here (expected one of: url, label)',
        '$.programs[0].apply.url: is required: an https:// address or a path on your own site',
        '$.programs[0].documents[1]: must be a message key or non-empty text',
        '$.programs[0].documents[2]: must be a message key or non-empty text',
        '$.programs[0].contact.fax: is not a known field here (expected one of: name, phone, email, url)',
        '$.programs[0].contact.phone: must be a telephone number such as "1-800-221-5689" or "+1 (800) 221-5689"',
        '$.programs[0].contact.email: must be an email address such as "help@agency.gov"',
        '$.programs[0].contact.url: must be an https:// address or a path on your own site such as "/apply" (no other scheme, no "//", no spaces or backslashes)',
        '$.programs[0].services[1]: must be a service id: text without spaces, at most 100 characters',
        '$.programs[0].services[2]: "svc-a" is listed twice',
        '$.programs[0].services[3]: must be a service id: text without spaces, at most 100 characters',
      ],
    );
  });

  it('refuses an empty contact and lists that are not lists', () => {
    deepEqual(issues({ contact: {}, documents: 'id', services: 'svc-a' }), [
      '$.programs[0].documents: must be a list of message keys (the documents to have ready)',
      '$.programs[0].contact: must be an object with at least one of: name, phone, email, url',
      '$.programs[0].services: must be a list of HSDS service ids',
    ]);
  });
});

import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../../test/support/wait.js';
import { sendKeys } from '@web/test-runner-commands';
import { evaluate, loadRuleSet } from '@plaza/eligibility';
import { examplePrograms, exampleCases } from '@plaza/example-programs';
import './plaza-eligibility-results.js';
import type { PlazaEligibilityResults, AnswerQuestionsDetail } from './eligibility-results.js';
import { accessibilityTree, findAllIn, findByRole } from '../../test/support/accessibility-tree.js';
import { accessibleInEveryState } from '../../test/support/accessible-states.js';
import { focused, tabTo } from '../../test/support/keyboard.js';
import { emulateMedia, emulatePrint } from '../../test/support/emulate-media.js';

/** Whether `element` takes up room on the page (not `display: none`, here or above). */
const rendered = (element: Element): boolean => element.getClientRects().length > 0;

const compiled = loadRuleSet(examplePrograms);
const texas = exampleCases[0];
const fullResult = evaluate(compiled, texas.answers, { asOf: texas.asOf });
const partial = evaluate(
  compiled,
  { residence: { state: 'TX' }, householdMembers: [{}, {}] },
  { asOf: '2025-11-01' },
);

async function mountResults(result = fullResult, lang = 'en'): Promise<PlazaEligibilityResults> {
  const element = await fixture<PlazaEligibilityResults>(
    html`<div lang=${lang}>
      <plaza-eligibility-results
        .result=${result}
        .ruleSet=${examplePrograms}
      ></plaza-eligibility-results>
    </div>`,
  );
  const results = element.querySelector('plaza-eligibility-results') as PlazaEligibilityResults;
  await results.updateComplete;
  return results;
}

describe('<plaza-eligibility-results>', () => {
  it('groups programs with counts, as headings in the accessibility tree', async () => {
    await mountResults();
    const headings = findAllIn(await accessibilityTree(), (node) => node.role === 'heading').map(
      (node) => node.name,
    );
    expect(headings[0]).to.equal('Your results');
    // The Texas household: SNAP, WIC, LIHEAP, Lifeline and free meals likely; CHIP and the
    // premium tax credit need more; adult Medicaid and reduced-price meals unlikely.
    expect(headings).to.include('You are likely to qualify (5 programs)');
    expect(headings).to.include('We need more information (2 programs)');
    expect(headings).to.include('You are unlikely to qualify (2 programs)');
  });

  it('moves focus to the results heading when results appear', async () => {
    const results = await mountResults();
    expect(focused()?.getAttribute('part')).to.equal('heading');
    expect(results.shadowRoot!.activeElement?.textContent?.trim()).to.equal('Your results');
  });

  it('shows each status as words in a tag, with the reasons met and not met', async () => {
    const results = await mountResults();
    const snap = results.shadowRoot!.querySelector('.group.likely section[part="program"]')!;
    expect(snap.querySelector('plaza-tag')!.textContent).to.contain('Likely to qualify');
    expect(snap.textContent).to.contain('What you told us that fits');
    await findByRole('region', 'We need more information');
  });

  it('asks exactly the questions that could settle a program, from the keyboard', async () => {
    const results = await mountResults(partial);
    const asked: AnswerQuestionsDetail[] = [];
    results.addEventListener('plaza-answer-questions', (event) =>
      asked.push((event as CustomEvent<AnswerQuestionsDetail>).detail),
    );
    const lifeline = partial.programs.find((program) => program.id === 'lifeline')!;
    const button = [...results.shadowRoot!.querySelectorAll('section[part="program"]')]
      .find((card) => card.getAttribute('aria-label')?.includes('Lifeline'))!
      .querySelector('button')!;
    expect(button.textContent).to.contain(`Answer ${lifeline.missing.length} more questions`);
    await tabTo((element) => element === button, 'the Lifeline button');
    await sendKeys({ press: 'Enter' });
    expect(asked).to.deep.equal([{ program: 'lifeline', questions: lifeline.missing }]);
  });

  it('announces changed results politely, once', async () => {
    const results = await mountResults(partial);
    results.result = fullResult;
    const region = () => document.querySelector('[data-plaza-announcer] [role="status"]');
    await waitUntil(() => region()?.textContent?.includes('Your results changed'));
    expect(region()!.getAttribute('aria-live') ?? 'polite').to.equal('polite');
    expect(region()!.textContent).to.contain('5 likely');
  });

  it('gives next steps from the program data: how to apply, documents, who to ask', async () => {
    const results = await mountResults();
    const card = results.shadowRoot!.querySelector('.group.likely section[part="program"]')!;
    const steps = fullResult.programs.find((program) => program.status === 'likely')!.nextSteps;
    expect(card.textContent).to.contain('Next steps');
    if (steps.apply) expect(card.querySelector(`a[href="${steps.apply.url}"]`)).not.to.equal(null);
    expect(steps.documents.length).to.be.greaterThan(0);
    expect(card.textContent).to.contain('Documents to have ready');
  });

  it('speaks Spanish', async () => {
    await mountResults(fullResult, 'es');
    await findByRole('heading', 'Sus resultados');
  });

  it('refuses unsafe links from the data', async () => {
    const unsafe = structuredClone(fullResult);
    unsafe.programs[0].links = { learnMore: 'javascript:alert(1)' };
    unsafe.programs[0].nextSteps = {
      ...unsafe.programs[0].nextSteps,
      apply: { url: 'javascript:alert(2)' },
      contact: { url: 'javascript:alert(3)' },
    };
    const results = await mountResults(unsafe);
    expect(results.shadowRoot!.querySelector('a[href^="javascript"]')).to.equal(null);
  });

  it('links each program to help applying near you, by service ids only', async () => {
    const element = await fixture<HTMLElement>(
      html`<div lang="en">
        <plaza-eligibility-results
          services-href="/find-help#services={services}"
          .result=${fullResult}
          .ruleSet=${examplePrograms}
        ></plaza-eligibility-results>
      </div>`,
    );
    const results = element.querySelector('plaza-eligibility-results') as PlazaEligibilityResults;
    await results.updateComplete;
    const links = [...results.shadowRoot!.querySelectorAll('a')].filter(
      (link) => link.textContent?.trim() === 'Find help applying near you',
    );
    const snap = examplePrograms.programs.find((program) => program.id === 'snap')!;
    expect(links.length, 'a link per program with services').to.be.greaterThan(0);
    const hrefs = links.map((link) => decodeURIComponent(new URL(link.href).hash));
    expect(hrefs).to.include(`#services=${snap.services!.join(',')}`);
    expect(hrefs.join(' '), 'no answer in a link').not.to.contain('2100');
    results.servicesHref = 'javascript:alert(1)//{services}';
    await results.updateComplete;
    expect(
      [...results.shadowRoot!.querySelectorAll('a')].some((link) =>
        link.href.startsWith('javascript:'),
      ),
    ).to.equal(false);
    const plain = await mountResults();
    expect(plain.shadowRoot!.textContent).not.to.contain('Find help applying near you');
  });

  describe('printed', () => {
    afterEach(() => emulateMedia([]));

    it('hides the buttons and keeps every program card, as Chromium renders for print', async () => {
      const results = await mountResults(partial);
      const root = results.shadowRoot!;
      const asks = [...root.querySelectorAll('.ask')];
      const cards = [...root.querySelectorAll('.program')];
      expect(asks.length, 'buttons on screen').to.be.greaterThan(0);
      expect(asks.every((ask) => rendered(ask))).to.equal(true);
      await emulatePrint();
      await waitUntil(() => asks.every((ask) => !rendered(ask)), 'buttons still drawn in print');
      expect(cards.length).to.equal(partial.programs.length);
      expect(
        cards.every((card) => rendered(card)),
        'every card printed',
      ).to.equal(true);
      const link = root.querySelector('.program a[href^="http"]');
      if (link)
        expect(getComputedStyle(link, '::after').content, 'link address printed').to.contain(
          'http',
        );
    });
  });

  describe('accessibility', () => {
    accessibleInEveryState({
      'every status': () => mountResults(),
      'more information needed': () => mountResults(partial),
      Spanish: () => mountResults(partial, 'es'),
    });
  });
});

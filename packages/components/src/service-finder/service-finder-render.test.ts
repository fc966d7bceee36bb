import { expect, html } from '@open-wc/testing';
import { EmbeddedSource } from '@plaza/directory';
import { mount } from '../../test/support/mount.js';
import { DIRECTORY, resultNames, shadow } from '../../test/support/finder.js';
import type { PlazaServiceFinder } from './service-finder.js';

const FRAME_MS = 1000 / 60;
const SERVICES = 10_000;
const ROUNDS = 5;

/** 10,000 services made from the example directory (new ids and names), as the bench does. */
async function bigSource(): Promise<EmbeddedSource> {
  const examples = (await (await fetch(DIRECTORY)).json()) as { id: string; name: string }[];
  const services = Array.from({ length: SERVICES }, (_, i) => {
    const base = examples[i % examples.length]!;
    return { ...base, id: `${base.id}-${i}`, name: `${base.name} ${i}` };
  });
  return new EmbeddedSource(services, { timeZone: 'America/New_York', buildIndex: 'now' });
}

/** Resolves when the finder's shadow root holds a results list (checked after each DOM change). */
function resultsShown(finder: PlazaServiceFinder): Promise<void> {
  return new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      if (shadow(finder).querySelector('.results')) {
        observer.disconnect();
        resolve();
      }
    });
    observer.observe(shadow(finder), { childList: true, subtree: true });
  });
}

describe('<plaza-service-finder> first render', function () {
  this.timeout(120_000);

  // The goal: results drawn within one frame (16.7 ms) of the data being ready. The time
  // from handing the finder a loaded source to its results list being in the DOM is all
  // microtasks (no timers, no fetch), so the shortest of several rounds is the work itself, not
  // time spent waiting for a core on a busy machine. Only a gross miss (5 frames) fails; the
  // figure is printed for the decision record.
  it('draws the first page of results within a frame of a loaded 10,000-service source', async () => {
    const source = await bigSource();
    const times: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      const finder = await mount<PlazaServiceFinder>(
        html`<plaza-service-finder time-zone="America/New_York"></plaza-service-finder>`,
      );
      const shown = resultsShown(finder);
      const start = performance.now();
      finder.source = source;
      await shown;
      times.push(performance.now() - start);
      expect(resultNames(finder)).to.have.length(10);
      finder.remove();
    }
    const best = Math.min(...times);
    console.log(
      `finder first render after data ready (${SERVICES} services): best ${best.toFixed(1)} ms of ${times.map((t) => t.toFixed(1)).join(', ')} (a frame is ${FRAME_MS.toFixed(1)} ms)`,
    );
    expect(best).to.be.below(5 * FRAME_MS);
  });
});

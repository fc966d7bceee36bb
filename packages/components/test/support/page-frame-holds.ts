import { expect, fixture } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import {
  drawnColor,
  emulateMedia as emulateMediaFeatures,
  FORCED_COLORS,
  systemColor,
  type SystemColor,
} from './emulate-media.js';

/**
 * The WCAG 2.2 checks that hold for every page-frame component (issue: "Holds for all of them"):
 * reflow at 320 CSS px, text zoom to 200 %, target size, focus not obscured, reduced motion and
 * forced colours. Each component's test file runs it with its own example.
 */
export interface HoldsOptions {
  tag: string;
  /** A typical example, with enough content to wrap. */
  example: () => TemplateResult;
  /** What must be drawn in a system colour in forced-colours mode, checked as rendered. */
  forcedColors: ForcedColorsMark[];
  /** How many stops Tab makes inside the example. */
  tabStops: number;
  /** Inline links in a sentence are exempt from the 24px target size (WCAG 2.5.8). */
  inlineTargets?: boolean;
  /** The box that receives clicks for a focused element, when it is larger (a whole row). */
  targetOf?: (focused: Element) => Element;
}

/** A boundary, marker or link that forced-colours mode must still draw, in this system colour. */
export interface ForcedColorsMark {
  /** What it is, for the failure message. */
  name: string;
  /** The element that draws it, found from the example's `tag` element. */
  find: (host: Element) => Element | null | undefined;
  pseudo?: '::before' | '::after';
  /** The computed colour property: `color`, `background-color`, `border-top-color`… */
  property: string;
  system: SystemColor;
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 50));

/** The focused element, looking inside shadow roots. */
function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** The element drawn at a point, looking inside shadow roots. */
function deepElementFromPoint(x: number, y: number): Element | null {
  let hit = document.elementFromPoint(x, y);
  while (hit?.shadowRoot) {
    const inner = hit.shadowRoot.elementFromPoint(x, y);
    if (!inner || inner === hit) break;
    hit = inner;
  }
  return hit;
}

/** Every element of the example, in the light DOM and in shadow roots. */
function allElements(root: Element): Element[] {
  const found: Element[] = [];
  const walk = (node: Element | ShadowRoot) => {
    for (const child of node.children) {
      found.push(child);
      if (child.shadowRoot) walk(child.shadowRoot);
      walk(child);
    }
  };
  walk(root);
  return found;
}

async function mountAfterButton(example: TemplateResult): Promise<HTMLElement> {
  const wrapper = await fixture<HTMLElement>(example);
  const before = document.createElement('button');
  before.textContent = 'Before';
  wrapper.before(before);
  await settle();
  return wrapper;
}

/** Tabs through the example, calling `check` on each element that takes focus inside it. */
async function tabThrough(
  wrapper: HTMLElement,
  stops: number,
  check: (focused: Element) => void,
): Promise<number> {
  const before = wrapper.previousElementSibling as HTMLButtonElement;
  before.focus();
  let count = 0;
  for (let i = 0; i < stops; i++) {
    await sendKeys({ press: 'Tab' });
    const active = deepActiveElement();
    if (!active || !(wrapper.contains(active) || wrapper.contains(hostOf(active)))) break;
    check(active);
    count += 1;
  }
  before.remove();
  return count;
}

/** True when `node` is `ancestor` or inside it in the flat tree (following slots and hosts). */
function flatContains(ancestor: Element, node: Node | null): boolean {
  let current: Node | null = node;
  while (current) {
    if (current === ancestor) return true;
    current =
      (current instanceof Element || current instanceof Text ? current.assignedSlot : null) ??
      current.parentNode ??
      (current instanceof ShadowRoot ? current.host : null);
  }
  return false;
}

function hostOf(element: Element): Element {
  let node: Node = element;
  while (node.getRootNode() instanceof ShadowRoot) node = (node.getRootNode() as ShadowRoot).host;
  return node as Element;
}

export function pageFrameHoldsSuite(options: HoldsOptions): void {
  describe(`<${options.tag}>: WCAG 2.2 holds`, () => {
    afterEach(async () => {
      document.documentElement.style.fontSize = '';
      await emulateMedia({ reducedMotion: 'no-preference' });
      await setViewport({ width: 800, height: 600 });
    });

    it('reflows at 320 CSS px without scrolling sideways (1.4.10)', async () => {
      await setViewport({ width: 320, height: 640 });
      await fixture(options.example());
      await settle();
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
    });

    it('survives text zoomed to 200 % without scrolling sideways or clipping (1.4.4)', async () => {
      await setViewport({ width: 640, height: 800 });
      document.documentElement.style.fontSize = '200%';
      const wrapper = await fixture<HTMLElement>(options.example());
      await settle();
      expect(document.documentElement.scrollWidth).to.be.at.most(640);
      for (const element of allElements(wrapper)) {
        const style = getComputedStyle(element);
        if (style.overflowX === 'hidden' && element.clientWidth > 1) {
          expect(element.scrollWidth, element.localName).to.be.at.most(element.clientWidth + 1);
        }
      }
    });

    it(`makes ${options.tabStops} Tab stop(s), each visible, unobscured and big enough (2.4.11, 2.5.8)`, async () => {
      const wrapper = await mountAfterButton(options.example());
      const stops = await tabThrough(wrapper, options.tabStops + 1, (element) => {
        element.scrollIntoView({ block: 'nearest' });
        const box = element.getBoundingClientRect();
        const hit = deepElementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
        expect(flatContains(element, hit), element.outerHTML).to.equal(true);
        const rings = [null, '::after'].map((pseudo) => getComputedStyle(element, pseudo));
        expect(
          rings.some((ring) => ring.outlineStyle !== 'none' && parseFloat(ring.outlineWidth) >= 2),
          `focus ring on ${element.outerHTML}`,
        ).to.equal(true);
        if (!options.inlineTargets) {
          const target = (options.targetOf?.(element) ?? element).getBoundingClientRect();
          expect(Math.round(target.height), element.outerHTML).to.be.at.least(24);
          expect(Math.round(target.width), element.outerHTML).to.be.at.least(24);
        }
      });
      expect(stops).to.equal(options.tabStops);
    });

    it('does not move when reduced motion is asked for (2.3.3)', async () => {
      await emulateMedia({ reducedMotion: 'reduce' });
      const wrapper = await fixture<HTMLElement>(options.example());
      for (const element of allElements(wrapper)) {
        for (const pseudo of [null, '::before', '::after']) {
          const style = getComputedStyle(element, pseudo);
          // Elements outside the flat tree (data children a list draws itself) have no style.
          if (!style.transitionDuration) continue;
          const durations = style.transitionDuration.split(',').map((d) => parseFloat(d));
          expect(Math.max(...durations), `${element.localName}${pseudo ?? ''}`).to.equal(0);
          expect(style.animationName, `${element.localName}${pseudo ?? ''}`).to.equal('none');
        }
      }
    });

    describe('in forced colours, as rendered', () => {
      before(() => emulateMediaFeatures(FORCED_COLORS));
      after(() => emulateMediaFeatures([]));

      it('draws its boundaries, markers and links in system colours', async () => {
        const wrapper = await fixture<HTMLElement>(options.example());
        await settle();
        const host =
          wrapper.localName === options.tag ? wrapper : wrapper.querySelector(options.tag)!;
        for (const mark of options.forcedColors) {
          const element = mark.find(host);
          expect(element ?? null, mark.name).to.not.equal(null);
          expect(drawnColor(element!, mark.property, mark.pseudo), mark.name).to.equal(
            systemColor(mark.system),
          );
        }
      });

      if (options.tabStops > 0) {
        it('draws every focus ring, visibly', async () => {
          const wrapper = await mountAfterButton(options.example());
          const canvas = systemColor('Canvas');
          await tabThrough(wrapper, options.tabStops, (element) => {
            const rings = [null, '::after'].map((pseudo) =>
              drawnColor(element, 'outline-color', pseudo),
            );
            expect(
              rings.some((ring) => ring !== null && ring !== canvas),
              `focus ring on ${element.outerHTML}`,
            ).to.equal(true);
          });
        });
      }
    });
  });
}

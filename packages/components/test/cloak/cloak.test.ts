/**
 * cloak.css (issue 16): before its script defines it, each element holds the box it will have
 * once rendered, so the page does not shift when it upgrades. Every case is rendered before any
 * Plaza element is defined (this file imports them only after measuring), measured at a desktop
 * and a phone width, then upgraded and measured again.
 */
import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { render } from 'lit';
import { CLOAK_CASES } from './cases.js';

const WIDTHS = [1280, 390];

interface Box {
  height: number;
  marginBlockStart: string;
  marginBlockEnd: string;
  visibility: string;
}

function stylesheet(href: string): Promise<void> {
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = href;
  document.head.append(link);
  return new Promise((resolve, reject) => {
    link.onload = () => resolve();
    link.onerror = () => reject(new Error(`could not load ${href}`));
  });
}

function box(element: Element): Box {
  const style = getComputedStyle(element);
  return {
    height: element.getBoundingClientRect().height,
    marginBlockStart: style.marginBlockStart,
    marginBlockEnd: style.marginBlockEnd,
    visibility: style.visibility,
  };
}

const containers = new Map<string, HTMLElement>();
const reservedBoxes = new Map<string, Box>();
const renderedBoxes = new Map<string, Box>();
const key = (name: string, width: number) => `${name} @ ${width}px`;

before(async () => {
  await stylesheet('/packages/tokens/dist/tokens.css');
  await stylesheet('/packages/components/cloak.css');
  for (const [name, template] of Object.entries(CLOAK_CASES)) {
    const container = document.createElement('div');
    document.body.append(container);
    render(template, container);
    containers.set(name, container);
  }
  expect(customElements.get('plaza-header'), 'no element may be defined yet').to.equal(undefined);
  for (const width of WIDTHS) {
    await setViewport({ width, height: 900 });
    for (const [name, container] of containers) {
      reservedBoxes.set(key(name, width), box(container.firstElementChild!));
    }
  }
  // Defined only now, after every case was measured as an undefined element.
  await Promise.all([
    import('../../src/official-banner/plaza-official-banner.js'),
    import('../../src/header/plaza-header.js'),
    import('../../src/step-indicator/plaza-step-indicator.js'),
    import('../../src/notification-banner/plaza-notification-banner.js'),
    import('../../src/accordion/plaza-accordion.js'),
    import('../../src/task-list/plaza-task-list.js'),
    import('../../src/summary-list/plaza-summary-list.js'),
    import('../../src/text-field/plaza-text-field.js'),
    import('../../src/date-input/plaza-date-input.js'),
    import('../../src/radio-group/plaza-radio-group.js'),
    import('../../src/radio-group/plaza-radio.js'),
    import('../../src/checkbox-group/plaza-checkbox-group.js'),
    import('../../src/checkbox/plaza-checkbox.js'),
    import('../../src/select/plaza-select.js'),
    import('../../src/textarea/plaza-textarea.js'),
    import('../../src/button/plaza-button.js'),
    import('../../src/pagination/plaza-pagination.js'),
    import('../../src/footer/plaza-footer.js'),
  ]);
  for (const element of document.body.querySelectorAll('*')) {
    await (element as Partial<{ updateComplete: Promise<unknown> }>).updateComplete;
  }
  for (const width of WIDTHS) {
    await setViewport({ width, height: 900 });
    await new Promise((resolve) => requestAnimationFrame(resolve));
    for (const [name, container] of containers) {
      renderedBoxes.set(key(name, width), box(container.firstElementChild!));
    }
  }
});

after(() => setViewport({ width: 800, height: 600 }));

describe('cloak.css', () => {
  for (const width of WIDTHS) {
    for (const name of Object.keys(CLOAK_CASES)) {
      it(`reserves the rendered box of the ${name} at ${width}px`, () => {
        const reserved = reservedBoxes.get(key(name, width))!;
        const rendered = renderedBoxes.get(key(name, width))!;
        expect(reserved.visibility, 'hidden until defined').to.equal('hidden');
        expect(rendered.visibility).to.equal('visible');
        expect(
          Math.abs(reserved.height - rendered.height),
          `${reserved.height} vs ${rendered.height}`,
        ).to.be.at.most(1);
        expect(reserved.marginBlockStart).to.equal(rendered.marginBlockStart);
        expect(reserved.marginBlockEnd).to.equal(rendered.marginBlockEnd);
      });
    }
  }
});

/**
 * Mounting a <plaza-form-flow> and checking, after every page change, that the new page's heading
 * has focus (in the accessibility tree too) and names the document title.
 */
import { expect, html } from '@open-wc/testing';
import { waitUntil } from './wait.js';
import {
  memoryStore,
  type CompiledFlow,
  type Flow,
  type FlowDefinition,
  type FlowStore,
} from '@plaza/flow';
import type { PlazaFormFlow } from '../../src/form-flow/form-flow.js';
import { mount, settled } from './mount.js';
import { accessibilityTree, findIn } from './accessibility-tree.js';

export const clearUrl = () => history.replaceState(null, '', location.pathname + location.search);

export async function mountFlow(
  definition: FlowDefinition | CompiledFlow,
  {
    store = memoryStore as (flow: Flow) => FlowStore,
    lang = 'en',
    keepUrl = false,
    attributes = {} as { action?: string; target?: string },
  } = {},
): Promise<PlazaFormFlow> {
  if (!keepUrl) clearUrl();
  const root = await mount<HTMLDivElement>(
    html`<div lang=${lang}>
      <plaza-form-flow
        .definition=${definition}
        .store=${store}
        action=${attributes.action ?? ''}
        target=${attributes.target ?? ''}
      ></plaza-form-flow>
    </div>`,
  );
  const flow = root.querySelector('plaza-form-flow')!;
  await waitUntil(() => flow.querySelector('h1'), 'the first page renders');
  await settled(flow);
  return flow;
}

export const heading = (flow: PlazaFormFlow) => flow.querySelector('h1')?.textContent?.trim() ?? '';

/** The page with `name` is shown and its heading has focus (in the accessibility tree too). */
export async function expectPage(flow: PlazaFormFlow, name: string) {
  await waitUntil(() => heading(flow) === name, `page "${name}" (on "${heading(flow)}")`);
  await settled(flow);
  await waitUntil(() => document.activeElement === flow.querySelector('h1'), 'focus on heading');
  const tree = await accessibilityTree();
  const node = findIn(tree, (each) => each.role === 'heading' && each.level === 1);
  expect(node?.name).to.equal(name);
  expect(node?.focused).to.equal(true, `the heading "${name}" has focus`);
  expect(document.title.startsWith(`${name} – `)).to.equal(true, document.title);
}

/** The first page (no page change yet, so focus stays where the resident left it) passes axe. */
export async function firstPage(flow: PlazaFormFlow, name: string) {
  expect(heading(flow)).to.equal(name);
  await expect(flow).to.be.accessible();
}

/** The page is shown with focus on its heading, and passes axe. */
export async function page(flow: PlazaFormFlow, name: string) {
  await expectPage(flow, name);
  await expect(flow).to.be.accessible();
}

/** A frame the application is POSTed into; resolves with the fields the server received. */
export async function echoFrame(): Promise<() => Promise<Record<string, string[]>>> {
  const frame = await mount<HTMLIFrameElement>(
    html`<iframe name="echo" title="Server reply"></iframe>`,
  );
  return async () => {
    await waitUntil(
      () => frame.contentDocument?.body?.textContent?.startsWith('{'),
      'the server received the form',
      { timeout: 10_000 },
    );
    return JSON.parse(frame.contentDocument!.body.textContent!) as Record<string, string[]>;
  };
}

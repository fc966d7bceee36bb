/**
 * `mount(html`...`)`: renders a template into the page and waits for every element in it to
 * finish updating, like @open-wc/testing's `fixture`, but never waits for an animation frame.
 * Test files run in several tabs at once and a background tab gets no animation frames, so
 * `fixture` of a plain wrapper (`<div lang="es">…`) can hang there. Mounted templates are removed
 * after each test.
 */
import { render, type TemplateResult } from 'lit';

const containers: HTMLElement[] = [];

afterEach(() => {
  for (const container of containers.splice(0)) container.remove();
});

/** Waits until `root` and every element under it that updates asynchronously has rendered. */
export async function settled(root: Element): Promise<void> {
  for (const element of [root, ...root.querySelectorAll('*')]) {
    const pending = (element as Partial<{ updateComplete: Promise<unknown> }>).updateComplete;
    if (pending) await pending;
  }
}

export async function mount<T extends Element = HTMLElement>(template: TemplateResult): Promise<T> {
  const container = document.createElement('div');
  document.body.append(container);
  containers.push(container);
  render(template, container);
  const root = container.firstElementChild;
  if (!root) throw new Error('mount: the template rendered no element');
  await settled(root);
  return root as T;
}

/** Removes everything mounted so far (for loops inside one test). */
export function unmountAll(): void {
  for (const container of containers.splice(0)) container.remove();
}

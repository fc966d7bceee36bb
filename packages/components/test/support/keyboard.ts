/**
 * Moving through a page as a keyboard user does, with real key presses (`sendKeys`): Tab until
 * the wanted control has focus, then type.
 */
import { sendKeys } from '@web/test-runner-commands';

/** The element with focus, inside shadow roots too. */
export function focused(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** The focused element's nearest Plaza element (the control whose shadow root holds it). */
export function focusedControl(): Element | null {
  let node: Node | null = focused();
  while (node) {
    if (node instanceof Element && node.tagName.startsWith('PLAZA-')) return node;
    const root: Node = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return focused();
}

/** Presses Tab until `matches` holds for the focused element or its Plaza control. */
export async function tabTo(matches: (element: Element) => boolean, what: string): Promise<void> {
  for (let presses = 0; presses < 60; presses += 1) {
    const control = focusedControl();
    const active = focused();
    if ((control && matches(control)) || (active && matches(active))) return;
    await sendKeys({ press: 'Tab' });
  }
  throw new Error(`Tab never reached ${what}`);
}

export const named = (name: string) => (element: Element) => element.getAttribute('name') === name;
/** Matches an element by its words, ignoring case and spacing ("Change license plate"). */
export const withText = (text: string) => (element: Element) =>
  element.textContent?.replace(/\s+/g, ' ').trim().toLowerCase() === text.toLowerCase();

/** Tabs to the field named `name` and types `text`. */
export async function fill(name: string, text: string): Promise<void> {
  await tabTo(named(name), name);
  await sendKeys({ type: text });
}

/** Tabs into the radio group named `name` and selects the option at `position` (from 0). */
export async function choose(name: string, position: number): Promise<void> {
  await tabTo(named(name), name);
  await sendKeys({ press: 'Space' });
  for (let step = 0; step < position; step += 1) await sendKeys({ press: 'ArrowDown' });
}

/**
 * Types an address in an address input's parts (`line1`, `city`, `state` by its name, `zip`...),
 * tabbing from part to part as a person does; parts left out are tabbed past.
 */
export async function fillAddress(name: string, parts: Record<string, string>): Promise<void> {
  await tabTo(named(name), name);
  for (const [id, text] of Object.entries(parts)) {
    await tabTo((element) => element.id === id, `the ${id} part of ${name}`);
    await sendKeys({ type: text });
  }
}

/** Types a date in a date input's parts, in the order the input shows them (the locale's). */
export async function fillDate(
  name: string,
  parts: Record<'day' | 'month' | 'year', string>,
): Promise<void> {
  await tabTo(named(name), name);
  for (let part = 0; part < 3; part += 1) {
    if (part > 0) await sendKeys({ press: 'Tab' });
    const id = focused()?.id ?? '';
    const which = (['day', 'month', 'year'] as const).find((key) => id === key)!;
    await sendKeys({ type: parts[which] });
  }
}

/** Tabs to the button with `text` and presses Enter. */
export async function press(text: string): Promise<void> {
  await tabTo(withText(text), `the "${text}" button`);
  await sendKeys({ press: 'Enter' });
}

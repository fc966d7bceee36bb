/**
 * What a person does, as trusted input from the browser (not script-dispatched events):
 * tests that stand for a resident use these instead of `.click()` or `requestSubmit()`.
 */
import { sendMouse } from '@web/test-runner-commands';

/**
 * Clicks the middle of `element` with the mouse, after scrolling it into view. The element may
 * be inside same-origin iframes: their offsets are added up to reach page coordinates.
 */
export async function clickOn(element: Element): Promise<void> {
  element.scrollIntoView({ block: 'center', behavior: 'instant' });
  const box = element.getBoundingClientRect();
  let x = box.x + box.width / 2;
  let y = box.y + box.height / 2;
  let view: Window | null = element.ownerDocument.defaultView;
  for (; view?.frameElement; view = view.parent) {
    const frame = view.frameElement.getBoundingClientRect();
    x += frame.x + view.frameElement.clientLeft;
    y += frame.y + view.frameElement.clientTop;
  }
  await sendMouse({ type: 'click', position: [Math.round(x), Math.round(y)] });
}

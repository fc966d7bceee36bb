/**
 * Renders the page with emulated media features (scripts/emulate-media-plugin.mjs), so tests
 * check the colours Chromium really draws in forced-colours mode, not the CSS rules we wrote.
 */
import { executeServerCommand } from '@web/test-runner-commands';

export interface MediaFeature {
  name: 'forced-colors' | 'prefers-reduced-motion' | 'prefers-color-scheme';
  value: string;
}

/** Emulates `features`, and the media type `media` (`print`) when given; `[]` resets both. */
export async function emulateMedia(
  features: MediaFeature[],
  media?: 'print' | 'screen',
): Promise<void> {
  await executeServerCommand('plaza-emulate-media', { features, media });
}

/** Renders the page as it prints (CSS `@media print`), as Chromium lays it out for paper. */
export async function emulatePrint(): Promise<void> {
  await emulateMedia([], 'print');
}

/** Windows high contrast as Chromium emulates it, with reduced motion as many users set both. */
export const FORCED_COLORS: MediaFeature[] = [
  { name: 'forced-colors', value: 'active' },
  { name: 'prefers-reduced-motion', value: 'reduce' },
];

/** The page's background (`Canvas` in forced-colours mode), which marks must stand out from. */
export const canvasColor = (): string => getComputedStyle(document.body).backgroundColor;

/** Whether `element` draws its border on `side` (e.g. `top`, `inline-start`) in a visible colour. */
export function drawsBorder(element: Element, side: string): boolean {
  const style = getComputedStyle(element);
  return (
    style.getPropertyValue(`border-${side}-style`) !== 'none' &&
    parseFloat(style.getPropertyValue(`border-${side}-width`)) > 0 &&
    style.getPropertyValue(`border-${side}-color`) !== canvasColor()
  );
}

/** The system colours forced-colours mode draws with (CSS Color 4). */
export type SystemColor =
  | 'Canvas'
  | 'CanvasText'
  | 'LinkText'
  | 'ButtonText'
  | 'ButtonBorder'
  | 'Highlight'
  | 'HighlightText';

/** What `name` resolves to on this page now (a probe that opts out of forcing keeps its colour). */
export function systemColor(name: SystemColor): string {
  const probe = document.createElement('span');
  probe.style.color = name;
  probe.style.forcedColorAdjust = 'none';
  document.body.append(probe);
  const resolved = getComputedStyle(probe).color;
  probe.remove();
  return resolved;
}

/**
 * The colour `element` really draws for `property` (`color`, `background-color`,
 * `border-top-color`, `outline-color`…), or null when that border or outline is not drawn at all,
 * so a mark that disappears fails as clearly as one in the wrong colour.
 */
export function drawnColor(
  element: Element,
  property: string,
  pseudo: string | null = null,
): string | null {
  const style = getComputedStyle(element, pseudo);
  const line = /^(border-[a-z-]+|outline)-color$/.exec(property)?.[1];
  if (
    line &&
    (style.getPropertyValue(`${line}-style`) === 'none' ||
      parseFloat(style.getPropertyValue(`${line}-width`)) === 0)
  ) {
    return null;
  }
  return style.getPropertyValue(property);
}

/**
 * Renders the page with emulated media features (scripts/emulate-media-plugin.mjs), so tests
 * check the colours Chromium really draws in forced-colours mode, not the CSS rules we wrote.
 */
import { executeServerCommand } from '@web/test-runner-commands';

export interface MediaFeature {
  name: 'forced-colors' | 'prefers-reduced-motion' | 'prefers-color-scheme';
  value: string;
}

export async function emulateMedia(features: MediaFeature[]): Promise<void> {
  await executeServerCommand('plaza-emulate-media', { features });
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

/**
 * Navigation targets that come from attributes or data (an exit page, a redirect after a session
 * ends) are followed only when they are web addresses: `javascript:`, `data:` and the like could
 * run script or show forged content, so they are refused rather than followed.
 */

/**
 * `value` resolved against `base` (the page's address) when it is an http(s) URL, else null.
 * Relative addresses (`/start`, `../done`) resolve to the page's own origin and are allowed.
 */
export function safeNavigationUrl(value: string | null | undefined, base: string): string | null {
  const text = value?.trim();
  if (!text) return null;
  let url: URL;
  try {
    url = new URL(text, base);
  } catch {
    return null;
  }
  return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
}

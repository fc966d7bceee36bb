/**
 * Development warnings: advice for whoever builds the page (a question used as a label with no
 * `error-name`), never useful to a resident, so a live service's console stays quiet.
 *
 * The switch is `globalThis.plazaDevWarnings`, read when a warning is due (no build step or
 * `import.meta.env` needed, so it works the same from a bundler, the CDN file or a test runner):
 * - `true` prints them on any host (a staging site);
 * - `false` silences them everywhere (a test that expects a quiet console);
 * - unset prints them only on a page served from this machine (localhost, 127.0.0.1, [::1],
 *   *.localhost), which is where a page is being built.
 * Each warning prints once per page, by its key.
 */
const warned = new Set<string>();

export function devWarn(key: string, message: string): void {
  const flag = (globalThis as { plazaDevWarnings?: boolean }).plazaDevWarnings;
  // Unset: on for this machine's own addresses only. Kept small: every form control carries it.
  const on = flag ?? /^(localhost|127\.0\.0\.1|\[::1\])$|\.localhost$/.test(location.hostname);
  if (on && !warned.has(key)) {
    warned.add(key);
    console.warn(message);
  }
}

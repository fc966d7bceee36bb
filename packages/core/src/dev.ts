/**
 * Development warnings: advice for whoever builds the page (a question used as a label with no
 * `error-name`), never useful to a resident, so a live service's console stays quiet.
 *
 * They exist only in development builds: `@plaza/core` imports this module as `#dev-warnings`,
 * which resolves here under the `development` export condition and to `dev-off.ts` otherwise (a
 * production bundle, the CDN file, Node). In a development build the switch is
 * `globalThis.plazaDevWarnings`, read when a warning is due:
 * - `true` prints them on any host (a staging site);
 * - `false` silences them everywhere (a test that expects a quiet console);
 * - unset prints them only on a page served from this machine (localhost, 127.0.0.1, [::1],
 *   *.localhost), which is where a page is being built.
 * Each warning prints once per page, by its key.
 */
const warned = new Set<string>();

/**
 * True in this module, which bundlers pick under the `development` condition (Vite and
 * web-test-runner in development, Storybook's dev server); `dev-off.ts`, picked otherwise, says
 * false, so production bundles drop every warning and its message (decision 0068).
 */
export const DEV_WARNINGS: boolean = true;

export function devWarn(key: string, message: string): void {
  const flag = (globalThis as { plazaDevWarnings?: boolean }).plazaDevWarnings;
  // Unset: on for this machine's own addresses only. Kept small: every form control carries it.
  const on = flag ?? /^(localhost|127\.0\.0\.1|\[::1\])$|\.localhost$/.test(location.hostname);
  if (on && !warned.has(key)) {
    warned.add(key);
    console.warn(message);
  }
}

/**
 * `#dev-warnings` outside the `development` condition (decision 0068): warnings are off. Both are
 * constants bundlers fold, so `if (DEV_WARNINGS) devWarn(...)` leaves production bundles with its
 * message. `devWarn` is here, empty, because both targets must have the same exports; importing
 * the real one from `dev.ts` instead would keep it in esbuild bundles, which drop unused code
 * before they fold constants.
 */
export const DEV_WARNINGS: boolean = false;

export function devWarn(_key: string, _message: string): void {}

/**
 * `waitUntil` with a patient default. @open-wc's own gives up after 1 second: a fixed short limit
 * that fails on a busy machine (a ZIP lookup or a page change can take longer while other tests
 * run). Here the limit is a safety net against a hung test, never a speed check, like the test
 * timeouts in web-test-runner.config.mjs. Pass `options` only to poll at another interval.
 */
// eslint-disable-next-line no-restricted-imports -- the one place that wraps it
import { waitUntil as waitUntilOpenWc } from '@open-wc/testing';

export const PATIENT_WAIT = { timeout: 60_000 };

export function waitUntil(
  predicate: () => unknown | Promise<unknown>,
  message?: string,
  options: { interval?: number; timeout?: number } = {},
): Promise<void> {
  return waitUntilOpenWc(predicate, message, { ...PATIENT_WAIT, ...options });
}

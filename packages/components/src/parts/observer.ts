import { isServer } from 'lit';

/**
 * Lit server rendering runs element constructors in Node, where there is no MutationObserver
 * (and no light DOM to watch: the server never changes a rendered element's children). There the
 * elements get an observer that watches nothing; in a browser, the real one.
 */
const inert = {
  observe() {},
  disconnect() {},
  takeRecords: () => [],
} satisfies Pick<MutationObserver, 'observe' | 'disconnect' | 'takeRecords'>;

export function mutationObserver(callback: MutationCallback): MutationObserver {
  return isServer ? (inert as MutationObserver) : new MutationObserver(callback);
}

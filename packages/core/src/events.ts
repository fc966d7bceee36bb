/**
 * Fires `change` on the host for a `change` from a native control in its shadow root. A native
 * `change` bubbles but is not composed, so it stops at the shadow root; listeners on the host
 * and above expect the element itself to fire it, as a native input would.
 */
export function redispatchChange(host: EventTarget): boolean {
  return host.dispatchEvent(new Event('change', { bubbles: true }));
}

// Reading what a page says, the way the tests compare it: whitespace runs collapsed, ends trimmed.

/** An element's text with whitespace collapsed and trimmed; null when there is no element. */
export function text(node: Element | null | undefined): string | null {
  return node?.textContent?.replace(/\s+/g, ' ').trim() ?? null;
}

/** The error message a control shows (its shadow root's part="error-message"), or null if none. */
export function errorText(host: Element): string | null {
  return text(host.shadowRoot!.querySelector('[part="error-message"]'));
}

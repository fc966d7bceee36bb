/**
 * Registers a custom element once. Importing two copies of a registration module, or two builds
 * of Plaza on one page, must not throw "has already been used with this registry".
 */
export function define(tagName: string, constructor: CustomElementConstructor): void {
  const existing = customElements.get(tagName);
  if (existing === undefined) {
    customElements.define(tagName, constructor);
  } else if (existing !== constructor) {
    console.warn(`<${tagName}> is already defined by another copy of Plaza; keeping the first.`);
  }
}

import type { ReactiveController, ReactiveControllerHost } from 'lit';

type Host = ReactiveControllerHost & HTMLElement;

/**
 * The children of `host` assigned to the named slot, in order. For elements that only hold data
 * their parent reads (a summary list row, a task list item), which need no re-render.
 */
export function slottedChildren(host: Element, name: string): Element[] {
  return [...host.children].filter((child) => child.slot === name);
}

/**
 * Which named slots of an element have content, kept current: the host re-renders when a child
 * with `slot="…"` is added, removed or renamed after it connected (server-rendered markup, a
 * framework filling the element late, a script swapping the hint).
 *
 * It reads the host's light DOM, not `slotchange`: `slotchange` only fires on a slot that is
 * rendered, and controls render a part (the hint, the heading) only when it has something to
 * show, so a slot would have to exist before its content could be noticed. Reading the children
 * lets every control render its slot inside the part it belongs to, and leave the part out when
 * it is empty.
 */
export class SlotController implements ReactiveController {
  readonly #host: Host;
  #filled: ReadonlySet<string> = new Set();
  #observing = false;
  #connectedBefore = false;
  readonly #observer = new MutationObserver(() => this.#read(true));

  constructor(host: Host) {
    this.#host = host;
    host.addController(this);
  }

  /** True when a direct child of the host is assigned to the named slot. */
  has(name: string): boolean {
    return this.#current().has(name);
  }

  /** The host's children assigned to the named slot, in order. */
  elements(name: string): Element[] {
    return slottedChildren(this.#host, name);
  }

  hostConnected(): void {
    // On a reconnect the children may have changed while nothing observed them. The first read
    // is silent: whoever made the controller is about to use what it read.
    this.#read(this.#connectedBefore);
    this.#connectedBefore = true;
    // `slot` attributes deeper down do not matter, but a filter cannot say "children only";
    // such changes are rare and `#read` ignores what did not change.
    this.#observer.observe(this.#host, {
      childList: true,
      subtree: true,
      attributes: true,
      attributeFilter: ['slot'],
    });
    this.#observing = true;
  }

  hostDisconnected(): void {
    this.#observer.disconnect();
    this.#observing = false;
  }

  /** While disconnected nothing is observed, so the children are read on demand. */
  #current(): ReadonlySet<string> {
    if (!this.#observing) this.#read(false);
    return this.#filled;
  }

  #read(notify: boolean): void {
    const filled = new Set<string>();
    for (const child of this.#host.children) if (child.slot) filled.add(child.slot);
    const changed =
      filled.size !== this.#filled.size || [...filled].some((name) => !this.#filled.has(name));
    this.#filled = filled;
    if (changed && notify) this.#host.requestUpdate();
  }
}

/**
 * Each page of a flow is a browser history entry. The URL carries the page's location key only
 * (`#about-member/1`), never an answer; the entry's state records which flow wrote it and how many
 * of its pages came before, so the back link can use the browser's own Back when it would stay in
 * the flow.
 */
interface HistoryEntry {
  plazaFlow: string;
  page: string;
  index: number;
}

const isEntry = (value: unknown, flowId?: string): value is HistoryEntry =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as HistoryEntry).plazaFlow === 'string' &&
  (flowId === undefined || (value as HistoryEntry).plazaFlow === flowId) &&
  typeof (value as HistoryEntry).page === 'string';

export class FlowHistory {
  #onChange: ((page: string | null) => void) | null = null;

  constructor(private readonly host: Element) {}

  get #window(): Window | null {
    return this.host.ownerDocument.defaultView;
  }

  connect(onChange: (page: string | null) => void): void {
    this.#onChange = onChange;
    this.#window?.addEventListener('popstate', this.#onPopState);
  }

  disconnect(): void {
    this.#window?.removeEventListener('popstate', this.#onPopState);
    this.#onChange = null;
  }

  /** The page key in the address bar, if any. */
  page(): string | null {
    const hash = this.#window?.location.hash ?? '';
    return hash.length > 1 ? decodeURIComponent(hash.slice(1)) : null;
  }

  write(page: string, flowId: string, mode: 'push' | 'replace'): void {
    const history = this.#window?.history;
    if (!history) return;
    const previous = isEntry(history.state, flowId) ? history.state.index : -1;
    const entry: HistoryEntry = {
      plazaFlow: flowId,
      page,
      index: mode === 'push' ? previous + 1 : Math.max(previous, 0),
    };
    if (mode === 'push') history.pushState(entry, '', `#${page}`);
    else history.replaceState(entry, '', `#${page}`);
  }

  /** True when the browser's Back would land on an earlier page of the same flow. */
  canGoBack(flowId: string): boolean {
    const state: unknown = this.#window?.history.state;
    return isEntry(state, flowId) && state.index > 0;
  }

  back(): void {
    this.#window?.history.back();
  }

  #onPopState = (event: PopStateEvent): void => {
    const state: unknown = event.state;
    this.#onChange?.(isEntry(state) ? state.page : this.page());
  };
}

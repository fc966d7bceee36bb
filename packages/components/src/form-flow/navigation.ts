/**
 * Which pages the resident may open from the address bar or with Back and Forward: places they
 * have been (or the current one) that are still on their path; never the confirmation before
 * sending, nor a remove question.
 */
import {
  CHECK_ANSWERS,
  CONFIRMATION,
  TASK_LIST,
  parseLocationKey,
  sameLocation,
  type FlowNavigator,
  type FlowState,
  type Location,
} from '@plaza/flow';

export function canVisit(navigator: FlowNavigator, state: FlowState, location: Location): boolean {
  if (sameLocation(location, state.location)) return true;
  if (location.page === CONFIRMATION || state.submitted || location.remove) return false;
  if (!state.history.some((visited) => sameLocation(visited, location))) return false;
  if (location.page === CHECK_ANSWERS || location.page === TASK_LIST) return true;
  return navigator.walk(state).entries.some((entry) => sameLocation(entry.location, location));
}

/** Follows a link drawn inside another element's shadow root (`#page/items`) within the flow. */
export const followLink =
  (go: (location: Location) => void) =>
  (event: MouseEvent): void => {
    const link = event
      .composedPath()
      .find((node): node is HTMLAnchorElement => node instanceof HTMLAnchorElement);
    const location = link ? parseLocationKey(decodeURIComponent(link.hash.slice(1))) : undefined;
    if (!location) return;
    event.preventDefault();
    go(location);
  };

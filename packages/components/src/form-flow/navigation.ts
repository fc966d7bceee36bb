/**
 * Where the resident goes next. This is the element's adapter over @plaza/flow: until that
 * package exports its navigator (branching, repeats), the element walks the top-level question
 * pages in order. Every page move in the element goes through these functions, so swapping in the
 * package's navigator changes this file only.
 */
import { CHECK_ANSWERS, CONFIRMATION, type Flow } from '@plaza/flow';
import type { FlowState, QuestionDefinition, QuestionPage } from '@plaza/flow';

export { CHECK_ANSWERS, CONFIRMATION };

/** The question pages on the resident's path, in order. */
export function pathPages(flow: Flow): QuestionPage[] {
  return flow.definition.pages.filter(
    (page): page is QuestionPage => !('kind' in page) || page.kind !== 'repeat',
  );
}

export function findPage(flow: Flow, id: string): QuestionPage | undefined {
  return pathPages(flow).find((page) => page.id === id);
}

/** The questions shown on `page` now. */
export function pageQuestions(page: QuestionPage): QuestionDefinition[] {
  return page.questions;
}

export function firstPage(flow: Flow): string {
  return pathPages(flow)[0]?.id ?? CHECK_ANSWERS;
}

/** The page after `from`: the next question page, then check answers (when on), then the end. */
export function nextPage(flow: Flow, state: FlowState, from: string): string {
  if (state.returnTo === 'check-answers' && from !== CHECK_ANSWERS) return CHECK_ANSWERS;
  const pages = pathPages(flow);
  const at = pages.findIndex((page) => page.id === from);
  if (at >= 0 && at + 1 < pages.length) return pages[at + 1].id;
  if (from !== CHECK_ANSWERS && flow.definition.checkAnswers !== false) return CHECK_ANSWERS;
  return CONFIRMATION;
}

/** True when the resident may open `page` now: a page already reached, or the current one. */
export function canVisit(flow: Flow, state: FlowState, page: string): boolean {
  if (page === state.location.page) return true;
  if (page === CONFIRMATION) return state.submitted;
  if (state.submitted) return false;
  return page === firstPage(flow) || state.history.some((entry) => entry.page === page);
}

/** A fresh state for `flow`: on the first page, nothing answered. */
export function initialState(flow: Flow): FlowState {
  const { id, version } = flow.definition;
  return {
    format: 1,
    flow: { id, version },
    answers: {},
    repeats: {},
    location: { page: firstPage(flow), items: [] },
    history: [],
    completed: [],
    errors: [],
    submitted: false,
  };
}

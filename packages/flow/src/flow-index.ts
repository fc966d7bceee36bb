/**
 * The definition's index: every page, repeat group and question with its path, its place and its
 * order. The full loader builds it while it checks each field (shape.ts); a compiled definition,
 * checked when it was compiled, is indexed by the same builder without the checks (compiled.ts).
 */
import { child } from './json-path.js';
import type { PageDefinition, QuestionDefinition, RepeatGroup } from './types.js';

export interface PageNode {
  id: string;
  path: string;
  kind: 'page' | 'repeat';
  def: PageDefinition;
  /** The repeat group this page is asked inside, if any. */
  group: PageNode | undefined;
  /** Pages at the same level (the top-level list, or the group's pages) and this one's index. */
  siblings: PageNode[];
  position: number;
  /** A repeat group's own pages. */
  children: PageNode[];
  questions: QuestionNode[];
  /** Depth-first position in the definition: answers asked earlier have smaller numbers. */
  order: number;
  /** Top-level section id (sections list top-level pages only). */
  section: string | undefined;
}

export interface QuestionNode {
  id: string;
  path: string;
  def: QuestionDefinition;
  page: PageNode;
  order: number;
}

export interface FlowIndex {
  top: PageNode[];
  pages: Map<string, PageNode>;
  questions: Map<string, QuestionNode>;
}

export class IndexBuilder {
  readonly index: FlowIndex = { top: [], pages: new Map(), questions: new Map() };
  private order = 0;

  /** A page or repeat group (`id` undefined: its id was not valid, so nothing can name it). */
  page(
    raw: Record<string, unknown>,
    path: string,
    id: string | undefined,
    group: PageNode | undefined,
    siblings: PageNode[],
  ): PageNode {
    const node: PageNode = {
      id: id ?? `#${path}`,
      path,
      kind: raw.kind === 'repeat' ? 'repeat' : 'page',
      def: raw as unknown as PageDefinition,
      group,
      siblings,
      position: siblings.length,
      children: [],
      questions: [],
      order: this.order++,
      section: undefined,
    };
    if (id !== undefined) this.index.pages.set(id, node);
    return node;
  }

  question(raw: Record<string, unknown>, path: string, id: string, page: PageNode): QuestionNode {
    const node: QuestionNode = {
      id,
      path,
      def: raw as unknown as QuestionDefinition,
      page,
      order: this.order++,
    };
    this.index.questions.set(id, node);
    return node;
  }
}

/** Indexes pages that were checked when the definition was compiled: the walk, no checks. */
export function indexChecked(pages: readonly PageDefinition[]): FlowIndex {
  const builder = new IndexBuilder();
  const level = (list: readonly PageDefinition[], path: string, group?: PageNode): PageNode[] => {
    const nodes: PageNode[] = [];
    list.forEach((def, position) => {
      const at = child(path, position);
      const raw = def as unknown as Record<string, unknown>;
      const node = builder.page(raw, at, def.id, group, nodes);
      nodes.push(node);
      if (node.kind === 'repeat')
        node.children = level((def as RepeatGroup).pages, child(at, 'pages'), node);
      else
        (raw.questions as Record<string, unknown>[]).forEach((question, slot) =>
          node.questions.push(
            builder.question(
              question,
              child(child(at, 'questions'), slot),
              question.id as string,
              node,
            ),
          ),
        );
    });
    return nodes;
  };
  builder.index.top = level(pages, '$.pages');
  return builder.index;
}

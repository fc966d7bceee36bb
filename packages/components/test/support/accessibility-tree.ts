/**
 * Reads Chromium's accessibility tree (what screen readers get) in tests: name, role,
 * description and states as computed by the browser, not as our markup intends.
 */
import { a11ySnapshot, findAccessibilityNode } from '@web/test-runner-commands';

export interface AXNode {
  role: string;
  name: string;
  description?: string;
  value?: string;
  invalid?: string;
  required?: boolean;
  disabled?: boolean;
  checked?: boolean | 'mixed';
  pressed?: boolean | 'mixed';
  expanded?: boolean;
  focused?: boolean;
  modal?: boolean;
  multiline?: boolean;
  level?: number;
  children?: AXNode[];
}

/** The page's whole accessibility tree (its root node). */
export const accessibilityTree = async (): Promise<AXNode> =>
  (await a11ySnapshot({})) as unknown as AXNode;

/** The first node of `root`'s subtree (root included, depth first) that matches, or null. */
export const findIn = (root: AXNode, predicate: (node: AXNode) => boolean): AXNode | null =>
  findAccessibilityNode(root as never, (candidate: unknown) =>
    predicate(candidate as AXNode),
  ) as unknown as AXNode | null;

/** Every node of `root`'s subtree (root included) that matches, in reading order. */
export function findAllIn(
  root: AXNode,
  predicate: (node: AXNode) => boolean,
  found: AXNode[] = [],
): AXNode[] {
  if (predicate(root)) found.push(root);
  for (const child of root.children ?? []) findAllIn(child, predicate, found);
  return found;
}

/** The first node of the page's accessibility tree that matches, or null. */
export const queryAccessible = async (
  predicate: (node: AXNode) => boolean,
): Promise<AXNode | null> => findIn(await accessibilityTree(), predicate);

/** The first node of the page's accessibility tree that matches, or an error naming what was sought. */
export async function findAccessible(
  predicate: (node: AXNode) => boolean,
  what = 'the node',
): Promise<AXNode> {
  const node = await queryAccessible(predicate);
  if (!node) throw new Error(`No ${what} in the accessibility tree`);
  return node;
}

/** The first node with `role` (and `name`, when given). */
export const findByRole = (role: string, name?: string): Promise<AXNode> =>
  findAccessible(
    (node) => node.role === role && (name === undefined || node.name === name),
    name === undefined ? role : `${role} named "${name}"`,
  );

/** Every node on the page with `role`, in reading order. */
export const findAllByRole = async (role: string): Promise<AXNode[]> =>
  findAllIn(await accessibilityTree(), (node) => node.role === role);

/** The page's text (StaticText nodes) in reading order, trimmed, without empty runs. */
export const pageText = async (): Promise<string[]> =>
  (await findAllByRole('StaticText')).map((node) => node.name.trim()).filter(Boolean);

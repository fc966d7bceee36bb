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
  expanded?: boolean;
  multiline?: boolean;
  level?: number;
  children?: AXNode[];
}

/** The first node of the page's accessibility tree that matches, or an error naming what was sought. */
export async function findAccessible(
  predicate: (node: AXNode) => boolean,
  what = 'the node',
): Promise<AXNode> {
  const snapshot = await a11ySnapshot({});
  const node = findAccessibilityNode(snapshot as never, (candidate: unknown) =>
    predicate(candidate as AXNode),
  ) as unknown as AXNode | null;
  if (!node) throw new Error(`No ${what} in the accessibility tree`);
  return node;
}

/** The first node with `role` (and `name`, when given). */
export const findByRole = (role: string, name?: string): Promise<AXNode> =>
  findAccessible(
    (node) => node.role === role && (name === undefined || node.name === name),
    name === undefined ? role : `${role} named "${name}"`,
  );

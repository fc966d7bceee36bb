/**
 * Layout checks for page-width elements (header, footer): how far content sits from the
 * element's inline edges, in the element's own direction (start is the right edge in RTL).
 */

/** The px length a `--plaza-*` length token resolves to on this page. */
export function tokenPx(token: string): number {
  const probe = document.createElement('div');
  probe.style.inlineSize = `var(${token})`;
  probe.style.position = 'absolute';
  document.body.append(probe);
  const px = probe.getBoundingClientRect().width;
  probe.remove();
  return px;
}

/** The distance from `outer`'s inline-start edge to `inner`'s, in `outer`'s direction. */
export function inlineStartInset(outer: Element, inner: Element): number {
  const a = outer.getBoundingClientRect();
  const b = inner.getBoundingClientRect();
  return getComputedStyle(outer).direction === 'rtl' ? a.right - b.right : b.left - a.left;
}

/** The distance from `inner`'s inline-end edge to `outer`'s, in `outer`'s direction. */
export function inlineEndInset(outer: Element, inner: Element): number {
  const a = outer.getBoundingClientRect();
  const b = inner.getBoundingClientRect();
  return getComputedStyle(outer).direction === 'rtl' ? b.left - a.left : a.right - b.right;
}

// The story sweep's check for unfinished scaffolding: a story must be set in Plaza's own type
// (page.css) and use <plaza-button>, never the browser's grey button or its default serif font.
// Designers show stories to directors; a Times New Roman paragraph or a bare <button> next to
// Plaza's controls makes the whole library look unfinished (issue 14).

/**
 * Runs in the story's page (self-contained: puppeteer serialises it). Returns one line per
 * problem, at most a few of each kind. The browser's own look is measured on elements in a fresh
 * shadow root, which no page stylesheet reaches, so the check follows whatever the browser's
 * defaults are rather than a hard-coded list of fonts and colours.
 */
export function findScaffoldingInPage() {
  const root = document.querySelector('#storybook-root');
  if (!root) return [];
  const host = document.createElement('div');
  document.body.append(host);
  const shadow = host.attachShadow({ mode: 'open' });
  const plainButton = document.createElement('button');
  const plainText = document.createElement('span');
  // font-family inherits from the page, so ask for the browser's initial (default) family.
  plainText.style.fontFamily = 'initial';
  plainText.textContent = 'x';
  plainButton.textContent = 'x';
  shadow.append(plainButton, plainText);
  const button = getComputedStyle(plainButton);
  const defaultButton = [button.appearance, button.backgroundColor, button.borderTopStyle].join();
  const firstFamily = (family) =>
    family
      .split(',')[0]
      .trim()
      .replace(/^["']|["']$/g, '');
  const defaultFamily = firstFamily(getComputedStyle(plainText).fontFamily);
  host.remove();

  const buttons = [];
  const serif = [];
  const describe = (el) => {
    const text = (el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40);
    return `<${el.localName}> "${text}"`;
  };
  const walk = (node) => {
    for (const el of node.querySelectorAll('*')) {
      if (el.shadowRoot) walk(el.shadowRoot);
      if (el.getClientRects().length === 0) continue;
      const style = getComputedStyle(el);
      if (el.localName === 'button') {
        const look = [style.appearance, style.backgroundColor, style.borderTopStyle].join();
        if (look === defaultButton) buttons.push(describe(el));
      }
      const hasText = [...el.childNodes].some(
        (child) => child.nodeType === Node.TEXT_NODE && child.textContent.trim() !== '',
      );
      if (hasText && firstFamily(style.fontFamily) === defaultFamily) serif.push(describe(el));
    }
  };
  walk(root);
  return [
    ...(buttons.length
      ? [
          `browser-default button: ${buttons.slice(0, 3).join(', ')} (use <plaza-button>, or style it)`,
        ]
      : []),
    ...(serif.length
      ? [
          `browser-default font (${defaultFamily}): ${serif.slice(0, 3).join(', ')} (load @plaza/tokens/page.css, or set the font)`,
        ]
      : []),
  ];
}

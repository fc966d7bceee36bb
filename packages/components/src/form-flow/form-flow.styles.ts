import { css } from 'lit';
import { focusRing } from '@plaza/core';

/**
 * `<plaza-form-flow>` renders into its own light DOM (see docs/decisions/0025), so its few layout
 * rules are a document-level sheet scoped by the tag name, adopted once per document (allowed
 * under `style-src 'self'`: constructed sheets are not inline styles).
 */
export const formFlowStyles = css`
  plaza-form-flow {
    display: block;
    max-inline-size: var(--plaza-measure-text);
    color: var(--plaza-color-text);
    font-family: var(--plaza-font-family-body);
    font-size: var(--plaza-font-size-body);
    line-height: var(--plaza-line-height-body);
  }
  plaza-form-flow[hidden] {
    display: none;
  }
  plaza-form-flow .plaza-flow-heading {
    margin-block: var(--plaza-space-4) var(--plaza-space-6);
    font-size: var(--plaza-font-size-heading-xl);
    line-height: var(--plaza-line-height-heading);
    overflow-wrap: anywhere;
  }
  plaza-form-flow .plaza-flow-heading:focus {
    outline: none;
  }
  plaza-form-flow .plaza-flow-section {
    margin-block: var(--plaza-space-6) var(--plaza-space-3);
    font-size: var(--plaza-font-size-heading-md);
    line-height: var(--plaza-line-height-heading);
  }
  plaza-form-flow .plaza-flow-guidance {
    margin-block: 0 var(--plaza-space-6);
  }
  plaza-form-flow .plaza-flow-items {
    margin: 0 0 var(--plaza-space-6);
    padding: 0;
    list-style: none;
  }
  plaza-form-flow .plaza-flow-item {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: var(--plaza-space-2) var(--plaza-space-4);
    padding-block: var(--plaza-space-3);
    border-block-end: var(--plaza-border-width-thin) solid var(--plaza-color-border);
    overflow-wrap: anywhere;
  }
  plaza-form-flow .plaza-flow-item-actions {
    display: flex;
    gap: var(--plaza-space-4);
  }
  plaza-form-flow .plaza-flow-item a {
    color: var(--plaza-color-link);
  }
  plaza-form-flow .plaza-flow-item a:focus-visible {
    ${focusRing}
  }
  plaza-form-flow .plaza-flow-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    margin: -1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  @media (forced-colors: active) {
    plaza-form-flow .plaza-flow-item {
      border-color: CanvasText;
    }
  }
  plaza-form-flow .plaza-flow-actions {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: var(--plaza-space-4);
    margin-block-start: var(--plaza-space-6);
  }
`;

const adopted = new WeakSet<Document>();

export function adoptFormFlowStyles(doc: Document): void {
  if (adopted.has(doc)) return;
  adopted.add(doc);
  const Sheet = doc.defaultView?.CSSStyleSheet ?? CSSStyleSheet;
  const sheet = new Sheet();
  sheet.replaceSync(formFlowStyles.cssText);
  doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
}

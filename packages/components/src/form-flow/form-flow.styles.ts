import { css } from 'lit';

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

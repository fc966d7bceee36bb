/**
 * The CSS an element class applies in forced-colours (Windows high contrast) mode. Puppeteer's
 * Chromium cannot emulate `forced-colors` in web-test-runner, so tests read the rules instead and
 * check that what carries meaning (borders, markers, link colours) is given a system colour.
 */
export function forcedColorsCss(styles: unknown): string {
  return [styles]
    .flat(Infinity)
    .map((style) => (style as { styleSheet?: CSSStyleSheet }).styleSheet)
    .filter((sheet): sheet is CSSStyleSheet => Boolean(sheet))
    .flatMap((sheet) => [...sheet.cssRules])
    .filter(
      (rule): rule is CSSMediaRule =>
        rule instanceof CSSMediaRule && rule.conditionText.includes('forced-colors: active'),
    )
    .map((rule) => rule.cssText)
    .join('\n');
}

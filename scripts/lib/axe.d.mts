/** The axe-core rule tags Plaza checks (WCAG 2.0-2.2 A/AA and best practices). */
export const AXE_TAGS: string[];

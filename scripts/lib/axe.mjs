// The axe-core rule tags Plaza checks everywhere axe runs with tags (the story sweep, the
// Storybook a11y panel): WCAG 2.0, 2.1 and 2.2 A/AA, and axe's best practices.
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';
import wc from 'eslint-plugin-wc';
import globals from 'globals';
import { importX } from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      'storybook-static/**',
      'coverage/**',
      // Generated data modules (scripts/build-data.mjs).
      'packages/jurisdictions/data/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    plugins: { lit, 'lit-a11y': litA11y, wc },
    rules: {
      ...lit.configs.recommended.rules,
      ...litA11y.configs.recommended.rules,
      ...wc.configs['best-practice'].rules,
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      // Registration is centralised in define(); classes never call customElements.define.
      'wc/tag-name-matches-class': 'off',
    },
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    // One home for each idea: files over ~400 lines should be split (a warning, not an error).
    files: ['**/*.ts', '**/*.mjs'],
    rules: {
      'max-lines': ['warn', { max: 400, skipBlankLines: true, skipComments: true }],
    },
  },
  {
    // A package imports another's public entry points (`@plaza/core`), never its src/.
    files: ['packages/**/*.ts', 'stories/**/*.ts', 'bench/**/*.mjs', 'scripts/**/*.mjs'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: '@open-wc/testing',
              importNames: ['waitUntil'],
              message:
                'Use waitUntil from packages/components/test/support/wait.ts: its patient default never fails a test on a busy machine.',
            },
          ],
          patterns: [
            {
              regex: '^(\\.\\./)+(packages/)?[a-z-]+/src/',
              message: "Import the package's public entry (@plaza/<name>), not its src/.",
            },
            {
              regex: '^@plaza/[a-z-]+/src/',
              message: "Import the package's public entry (@plaza/<name>), not its src/.",
            },
          ],
        },
      ],
    },
  },
  {
    // No import cycles inside a package's source: a cycle makes module order decide which binding
    // is still undefined at load time, and blurs which module is the lower layer. Other packages
    // count as external here; a cycle between packages is refused by `tsc -b`'s project references.
    files: ['packages/*/src/**/*.ts'],
    ignores: ['**/*.test.ts', '**/*.stories.ts'],
    plugins: { 'import-x': importX },
    settings: {
      // Which files it parses for their imports (TypeScript too) and with which parser.
      'import-x/extensions': importX.flatConfigs.typescript.settings['import-x/extensions'],
      'import-x/parsers': importX.flatConfigs.typescript.settings['import-x/parsers'],
      'import-x/resolver-next': [
        createTypeScriptImportResolver({
          project: 'tsconfig.json',
          conditionNames: ['plaza-source', 'types', 'import', 'default'],
        }),
      ],
    },
    rules: { 'import-x/no-cycle': ['error', { ignoreExternal: true }] },
  },
  {
    files: ['**/*.mjs', '**/*.js'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    files: ['**/*.test.ts', 'stories/**/*.ts'],
    rules: {
      // Tests and stories render deliberately broken or partial markup to prove checks fail.
      'lit-a11y/no-autofocus': 'off',
    },
  },
);

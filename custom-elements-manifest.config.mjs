// Custom elements manifest for @plaza/components (@custom-elements-manifest/analyzer 0.11).
// `npm run analyze` writes ./custom-elements.json (gitignored). Storybook's autodocs tables and
// the type check read it, so `prepare:docs` generates it before either runs.

/** Tags registered through @plaza/core's `define('plaza-x', PlazaX)` instead of customElements.define. */
const TAG_PATTERN = /^plaza-[a-z0-9-]+$/;

/**
 * Components never register themselves: `plaza-<name>.ts` calls `define('plaza-<name>', Class)`.
 * The analyzer only understands `customElements.define()` and `@customElement()`, so this plugin
 * records such calls as custom-element definitions; the analyzer then links the tag to the class
 * (a `@tag plaza-x` / `@tagname plaza-x` JSDoc on the class works as well).
 */
function plazaDefineCalls() {
  return {
    name: 'plaza-define-calls',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isCallExpression(node)) return;
      const callee = node.expression;
      const calleeName = ts.isIdentifier(callee)
        ? callee.text
        : ts.isPropertyAccessExpression(callee)
          ? callee.name.text
          : '';
      if (calleeName !== 'define') return;
      // customElements.define() is handled by the analyzer itself.
      if (
        ts.isPropertyAccessExpression(callee) &&
        /customElements$/.test(callee.expression.getText())
      )
        return;
      const [tagArg, classArg] = node.arguments;
      if (!tagArg || !classArg || !ts.isStringLiteralLike(tagArg) || !ts.isIdentifier(classArg))
        return;
      if (!TAG_PATTERN.test(tagArg.text)) return;
      moduleDoc.exports = [
        ...(moduleDoc.exports ?? []),
        {
          kind: 'custom-element-definition',
          name: tagArg.text,
          declaration: {
            name: classArg.text,
            module: declaringModule(ts, node, classArg.text, moduleDoc.path),
          },
        },
      ];
    },
  };
}

/** The module that declares `name`: the relative import it came from, or this module. */
function declaringModule(ts, node, name, modulePath) {
  for (const statement of node.getSourceFile().statements) {
    if (!ts.isImportDeclaration(statement) || !ts.isStringLiteral(statement.moduleSpecifier))
      continue;
    const specifier = statement.moduleSpecifier.text;
    const named = statement.importClause?.namedBindings;
    if (!specifier.startsWith('.') || !named || !ts.isNamedImports(named)) continue;
    if (named.elements.some((element) => element.name.text === name)) {
      return new URL(specifier.replace(/\.js$/, '.ts'), `file:///${modulePath}`).pathname.slice(1);
    }
  }
  return modulePath;
}

const isHidden = (member) =>
  member.privacy === 'private' ||
  member.privacy === 'protected' ||
  member.static === true ||
  member.name.startsWith('#') ||
  member.name.startsWith('_');

/**
 * Keeps the docs tables to the public API: drops private, protected, `#private`, `_`-prefixed and
 * static members (and attributes that only reflect such members). Then fails when a slot or CSS
 * part shares its name with a property or attribute: Storybook keys its table rows by name, so
 * the part would silently overwrite the property's row.
 */
function plazaPublicApiOnly() {
  return {
    name: 'plaza-public-api-only',
    packageLinkPhase({ customElementsManifest }) {
      const problems = [];
      for (const mod of customElementsManifest.modules ?? []) {
        for (const decl of mod.declarations ?? []) {
          if (decl.kind !== 'class') continue;
          const hidden = new Set((decl.members ?? []).filter(isHidden).map((m) => m.name));
          if (decl.members) decl.members = decl.members.filter((m) => !isHidden(m));
          if (decl.attributes) {
            decl.attributes = decl.attributes.filter(
              (a) => !a.name.startsWith('_') && !(a.fieldName && hidden.has(a.fieldName)),
            );
          }
          if (!decl.customElement) continue;
          const apiNames = new Set([
            ...(decl.members ?? []).filter((m) => m.kind === 'field').map((m) => m.name),
            ...(decl.attributes ?? []).map((a) => a.name),
          ]);
          for (const [list, what] of [
            [decl.slots, 'slot'],
            [decl.cssParts, 'CSS part'],
          ]) {
            for (const item of list ?? []) {
              if (item.name && apiNames.has(item.name)) {
                problems.push(
                  `${decl.tagName ?? decl.name} (${mod.path}): ${what} "${item.name}" has the same name as a property or attribute; rename it (e.g. "${item.name}-text") so the docs table keeps both rows.`,
                );
              }
            }
          }
        }
      }
      if (problems.length) {
        throw new Error(`custom-elements manifest:\n  ${problems.join('\n  ')}`);
      }
    },
  };
}

export default {
  globs: ['packages/components/src/**/*.ts'],
  exclude: [
    'packages/components/src/**/*.test.ts',
    'packages/components/src/**/*.styles.ts',
    'packages/components/src/**/*.stories.ts',
    'packages/components/src/**/*.d.ts',
  ],
  outdir: '.',
  litelement: true,
  packagejson: false,
  plugins: [plazaDefineCalls(), plazaPublicApiOnly()],
};

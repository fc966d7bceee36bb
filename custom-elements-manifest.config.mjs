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

/** Custom element and form-associated lifecycle callbacks: public only for the browser to call. */
const LIFECYCLE = /^(connected|disconnected|adopted|attributeChanged|form[A-Z]\w*)Callback$/;

const isHidden = (member) =>
  LIFECYCLE.test(member.name) ||
  member.privacy === 'private' ||
  member.privacy === 'protected' ||
  member.static === true ||
  member.name.startsWith('#') ||
  member.name.startsWith('_');

/**
 * Keeps the manifest to the public API of @plaza/components:
 * - drops private, protected, `#private`, `_`-prefixed and static members, and attributes that
 *   only reflect such members;
 * - @plaza/core is analyzed only so that members inherited from PlazaElement/PlazaFormControl
 *   (label, hint, name, required, ...) reach the components' tables; its modules are then dropped
 *   and the inherited members point at the package.
 * Slots or CSS parts named like a property (`label`) would overwrite that property's row in
 * Storybook's table; .storybook/preview.ts keys each category apart, so both rows show.
 */
/**
 * Class docs end with an "Accessibility: …" paragraph after the tags; JSDoc parsers glue it to
 * the last tag (an event's or CSS property's description). Give it back to the element.
 */
function moveAccessibilityNote(decl) {
  for (const list of [decl.events, decl.slots, decl.cssParts, decl.cssProperties]) {
    for (const item of list ?? []) {
      const at = item.description?.search(/\s*Accessibility:/) ?? -1;
      if (at < 0) continue;
      const note = item.description.slice(at).trim();
      item.description = item.description.slice(0, at).trim();
      decl.description = [decl.description, note].filter(Boolean).join('\n\n');
    }
  }
}

function plazaPublicApiOnly() {
  return {
    name: 'plaza-public-api-only',
    packageLinkPhase({ customElementsManifest }) {
      const isCore = (path) => path?.startsWith('packages/core/');
      customElementsManifest.modules = (customElementsManifest.modules ?? []).filter(
        (mod) => !isCore(mod.path),
      );
      for (const mod of customElementsManifest.modules) {
        for (const decl of mod.declarations ?? []) {
          if (decl.kind !== 'class') continue;
          const hidden = new Set((decl.members ?? []).filter(isHidden).map((m) => m.name));
          if (decl.members) decl.members = decl.members.filter((m) => !isHidden(m));
          if (decl.attributes) {
            decl.attributes = decl.attributes.filter(
              (a) => !a.name.startsWith('_') && !(a.fieldName && hidden.has(a.fieldName)),
            );
          }
          for (const list of [
            decl.members,
            decl.attributes,
            decl.events,
            decl.slots,
            decl.cssParts,
          ]) {
            for (const item of list ?? []) {
              if (item.inheritedFrom && isCore(item.inheritedFrom.module)) {
                item.inheritedFrom = { name: item.inheritedFrom.name, package: '@plaza/core' };
              }
            }
          }
          moveAccessibilityNote(decl);
          if (decl.superclass && isCore(decl.superclass.module)) {
            decl.superclass = { name: decl.superclass.name, package: '@plaza/core' };
          }
        }
      }
    },
  };
}

export default {
  globs: ['packages/components/src/**/*.ts', 'packages/core/src/**/*.ts'],
  exclude: [
    'packages/*/src/**/*.test.ts',
    'packages/components/src/**/*.styles.ts',
    'packages/components/src/**/*.stories.ts',
    'packages/components/src/**/*.d.ts',
  ],
  outdir: '.',
  litelement: true,
  packagejson: false,
  plugins: [plazaDefineCalls(), plazaPublicApiOnly()],
};

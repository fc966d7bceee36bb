#!/usr/bin/env node
// Editor and framework types for @plaza/components, generated from the custom elements manifest
// (custom-elements.json, `npm run analyze`) after the build:
//   dist/react.d.ts            React 19 JSX.IntrinsicElements: properties and `on<event>` props
//   dist/vue.d.ts              Vue GlobalComponents: properties and `on<Event>` handlers
//   dist/html-custom-data.json VS Code's HTML custom data (attributes with their values)
//   dist/web-types.json        JetBrains web-types (attributes, properties, events, slots, CSS)
//   custom-elements.json       the manifest itself, with paths relative to the package
// Property types are not copied from the manifest's text: each prop is `Pick`ed from the
// element's class in the package's own .d.ts, so the types are exactly the ones the build
// emitted. Custom events are typed from HTMLElementEventMap when the package declares them there,
// otherwise from the manifest's event type.
// Usage: node scripts/framework-types.mjs   (npm run build runs it; needs dist/ .d.ts files)
import { readFileSync, writeFileSync } from 'node:fs';
import { join, posix, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ROOT, readPackageJson } from './lib/packages.mjs';

const PACKAGE_DIR = 'packages/components';
const HEADER =
  '// Generated from custom-elements.json by scripts/framework-types.mjs. Do not edit.\n';

/** Public custom elements of the manifest: class declarations with a tag, sorted by tag. */
export function manifestElements(manifest) {
  return manifest.modules
    .flatMap((mod) => (mod.declarations ?? []).map((decl) => ({ ...decl, modulePath: mod.path })))
    .filter((decl) => decl.kind === 'class' && decl.customElement && decl.tagName)
    .sort((a, b) => a.tagName.localeCompare(b.tagName));
}

/** Properties a framework may set: public, writable instance fields. */
const settable = (element) =>
  (element.members ?? []).filter(
    (m) => m.kind === 'field' && !m.readonly && !m.static && m.privacy !== 'private',
  );

/** Custom events only: native ones (input, change, click) have the framework's own props. */
const customEvents = (element) => (element.events ?? []).filter((e) => e.name?.includes('-'));

/** `packages/components/src/a/b.ts` -> `./a/b.js`, the module's path next to dist/*.d.ts. */
function distSpecifier(modulePath) {
  const inSrc = posix.relative(`${PACKAGE_DIR}/src`, modulePath);
  if (inSrc.startsWith('..')) throw new Error(`${modulePath} is not in ${PACKAGE_DIR}/src`);
  return `./${inSrc.replace(/\.ts$/, '.js')}`;
}

function docComment(element, indent) {
  const text = (element.summary || element.description || '')
    .split('\n')[0]
    .replace(/\*\//g, '*\\/');
  return text ? `${indent}/** ${text} */\n` : '';
}

/** The event type for `name`: HTMLElementEventMap's entry if declared, else the manifest's. */
function eventType(event) {
  const fallback = /^(Custom)?Event(<.*>)?$/.test(event.type?.text ?? '')
    ? event.type.text
    : 'Event';
  return `PlazaEvent<'${event.name}', ${fallback === 'CustomEvent' ? 'CustomEvent<unknown>' : fallback}>`;
}

const pascal = (name) =>
  name
    .split('-')
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join('');

function imports(elements) {
  return elements
    .map((e) => `import type { ${e.name} } from '${distSpecifier(e.modulePath)}';`)
    .join('\n');
}

const propNames = (element) => {
  const names = settable(element).map((m) => `'${m.name}'`);
  return names.length ? names.join(' | ') : 'never';
};

const EVENT_HELPER = `/** A Plaza event's type: its HTMLElementEventMap entry when the package declares one. */
type PlazaEvent<K extends string, Fallback extends Event> = K extends keyof HTMLElementEventMap
  ? HTMLElementEventMap[K]
  : Fallback;
`;

export function reactTypes(elements) {
  const entries = elements.map((element) => {
    const events = customEvents(element)
      .map((e) => `        'on${e.name}'?: (event: ${eventType(e)}) => void;\n`)
      .join('');
    return (
      docComment(element, '      ') +
      `      '${element.tagName}': PlazaProps<${element.name}, ${propNames(element)}> & {\n${events}      };\n`
    );
  });
  return `${HEADER}// React 19 sets a custom element's properties and listens for \`on<event-name>\` props
// (\`onplaza-page-change\`); onInput, onChange and onClick work as on any element.
// Use: import type {} from '@plaza/components/react.js';
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
${imports(elements)}

${EVENT_HELPER}
type PlazaProps<E extends HTMLElement, P extends keyof E> = DetailedHTMLProps<HTMLAttributes<E>, E> &
  Partial<Pick<E, P>>;

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
${entries.join('')}    }
  }
}
`;
}

export function vueTypes(elements) {
  const entries = elements.map((element) => {
    const events = customEvents(element)
      .map((e) => `        on${pascal(e.name)}?: (event: ${eventType(e)}) => void;\n`)
      .join('');
    return (
      docComment(element, '    ') +
      `    '${element.tagName}': DefineComponent<\n      PlazaProps<${element.name}, ${propNames(element)}> & {\n${events}      }\n    >;\n`
    );
  });
  return `${HEADER}// Vue templates bind these as properties (\`:label\`, \`.value\`) and \`@plaza-page-change\`.
// Tell Vue's compiler they are custom elements: isCustomElement: (tag) => tag.startsWith('plaza-').
// Use: import type {} from '@plaza/components/vue.js';
import type { DefineComponent, HTMLAttributes } from 'vue';
${imports(elements)}

${EVENT_HELPER}
type PlazaProps<E extends HTMLElement, P extends keyof E> = HTMLAttributes & Partial<Pick<E, P>>;

declare module 'vue' {
  interface GlobalComponents {
${entries.join('')}  }
}
`;
}

/** String literal members of a union type text ('a' | 'b'), or [] when it is anything else. */
function literalValues(typeText = '') {
  const parts = typeText.split('|').map((p) => p.trim());
  return parts.every((p) => /^'[^']*'$/.test(p)) ? parts.map((p) => p.slice(1, -1)) : [];
}

export function htmlCustomData(elements) {
  return {
    version: 1.1,
    tags: elements.map((element) => ({
      name: element.tagName,
      description: element.summary || element.description || '',
      attributes: (element.attributes ?? []).map((a) => {
        const values = literalValues(a.type?.text).filter(Boolean);
        return {
          name: a.name,
          ...(a.description ? { description: a.description } : {}),
          ...(values.length ? { values: values.map((name) => ({ name })) } : {}),
          ...(a.type?.text === 'boolean' ? { valueSet: 'v' } : {}),
        };
      }),
    })),
  };
}

export function webTypes(elements, pkg) {
  const described = (item) => ({
    name: item.name,
    ...(item.description ? { description: item.description } : {}),
  });
  return {
    $schema: 'https://raw.githubusercontent.com/JetBrains/web-types/master/schema/web-types.json',
    name: pkg.name,
    version: pkg.version,
    'description-markup': 'markdown',
    contributions: {
      html: {
        elements: elements.map((element) => ({
          name: element.tagName,
          description: element.summary || element.description || '',
          attributes: (element.attributes ?? []).map((a) => ({
            ...described(a),
            value: { type: a.type?.text ?? 'string' },
          })),
          slots: (element.slots ?? []).map(described),
          js: {
            properties: settable(element).map((m) => ({
              ...described(m),
              type: m.type?.text ?? 'unknown',
            })),
            events: (element.events ?? []).map(described),
          },
          css: {
            properties: (element.cssProperties ?? []).map(described),
            parts: (element.cssParts ?? []).map(described),
          },
        })),
      },
    },
  };
}

/** The manifest as the package publishes it: module paths relative to the package. */
export function packageManifest(manifest) {
  // The analyzer writes some inherited members' modules as absolute (`/packages/…`).
  const prefix = new RegExp(`^/?${PACKAGE_DIR}/`);
  return JSON.parse(
    JSON.stringify(manifest, (key, value) =>
      (key === 'path' || key === 'module') && typeof value === 'string'
        ? value.replace(prefix, '')
        : value,
    ),
  );
}

function main() {
  const manifest = JSON.parse(readFileSync(join(ROOT, 'custom-elements.json'), 'utf8'));
  const elements = manifestElements(manifest);
  if (elements.length === 0)
    throw new Error('custom-elements.json has no elements: run npm run analyze');
  const dir = join(ROOT, PACKAGE_DIR);
  const pkg = readPackageJson(dir);
  const json = (value) => `${JSON.stringify(value, null, 2)}\n`;
  const files = {
    'dist/react.d.ts': reactTypes(elements),
    'dist/react.js': `${HEADER}export {};\n`,
    'dist/vue.d.ts': vueTypes(elements),
    'dist/vue.js': `${HEADER}export {};\n`,
    'dist/html-custom-data.json': json(htmlCustomData(elements)),
    'dist/web-types.json': json(webTypes(elements, pkg)),
    'custom-elements.json': json(packageManifest(manifest)),
  };
  for (const [file, text] of Object.entries(files)) writeFileSync(join(dir, file), text);
  console.log(`framework types: ${elements.length} elements -> ${Object.keys(files).join(', ')}`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();

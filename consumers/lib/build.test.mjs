// The one-element check must name what does not belong, and let through what does.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { join } from 'node:path';
import { strayModules } from './build.mjs';

const installed = (...parts) => join('/scratch', 'node_modules', ...parts);

test('a text field bundle may hold the text field, shared folders, core, tokens, i18n and Lit', () => {
  const allowed = [
    '/scratch/apps/vite-vanilla/one-element.ts',
    installed('@plaza', 'components', 'dist', 'text-field', 'text-field.js'),
    installed('@plaza', 'components', 'dist', 'parts', 'parts.js'),
    installed('@plaza', 'core', 'dist', 'index.js'),
    installed('@plaza', 'tokens', 'dist', 'tokens.js'),
    installed('@plaza', 'i18n', 'dist', 'index.js'),
    installed('lit-html', 'lit-html.js'),
    installed('@lit', 'reactive-element', 'reactive-element.js'),
  ];
  assert.deepEqual(strayModules(allowed), []);
});

test('another element, an engine or a third-party library is named', () => {
  const stray = [
    installed('@plaza', 'components', 'dist', 'radio-group', 'radio-group.js'),
    installed('@plaza', 'eligibility', 'dist', 'index.js'),
    installed('libphonenumber-js', 'core', 'index.js'),
  ];
  assert.deepEqual(strayModules([installed('lit', 'index.js'), ...stray]), stray);
});

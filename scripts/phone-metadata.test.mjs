import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { nanpMetadataSource, target } from './phone-metadata.mjs';

test('the phone field bundles the NANP metadata of the installed libphonenumber-js', () => {
  assert.equal(readFileSync(target, 'utf8'), nanpMetadataSource());
});

/**
 * The operator reference in docs/eligibility/operators.md, written from the registry by
 * `npm run generate` (scripts/generate.mjs); a test fails when the page is stale.
 */
import { OPERATORS } from './registry.js';
import type { OperatorEntry } from './entry.js';

export const REFERENCE_START =
  '<!-- operator-reference:start (generated: npm run generate -w @plaza/eligibility) -->';
export const REFERENCE_END = '<!-- operator-reference:end -->';

const cell = (text: string): string => text.replaceAll('|', '\\|');

function standsAs(entry: OperatorEntry): string {
  return [entry.condition ? 'condition' : '', entry.value ? 'value' : '']
    .filter(Boolean)
    .join(', ');
}

function jsonLogic(entry: OperatorEntry): string {
  const mapping = entry.jsonLogic;
  if ('none' in mapping) return `none: ${mapping.none}`;
  if (!('name' in mapping)) return 'written out as a plain number (export only)';
  return `\`${mapping.name}\``;
}

/** The generated block, markers included. */
export function operatorReference(): string {
  const rows = OPERATORS.map((entry) =>
    [
      `\`${entry.name}\``,
      standsAs(entry),
      cell(entry.types.takes + (entry.arity ? ` (${entry.arity.min} to ${entry.arity.max})` : '')),
      cell(entry.types.gives),
      cell(jsonLogic(entry)),
      cell(entry.docs.summary),
      `\`${cell(JSON.stringify({ [entry.name]: entry.docs.example }))}\``,
    ].join(' | '),
  );
  return [
    REFERENCE_START,
    '',
    '| Operator | Stands as | Takes | Gives | JSON Logic | What it does | Example |',
    '| --- | --- | --- | --- | --- | --- | --- |',
    ...rows.map((row) => `| ${row} |`),
    '',
    REFERENCE_END,
  ].join('\n');
}

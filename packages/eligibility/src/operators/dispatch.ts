/**
 * Compiling one condition or value: a literal, or an object with exactly one key, the operator,
 * looked up in the registry. Unknown operators are refused with the registry's own list.
 */
import type { Checker, Scope } from '../document/checker.js';
import { child } from '../document/read-json.js';
import { constant } from '../runtime/tree.js';
import type { CompiledNode } from '../runtime/tree.js';
import { CONDITIONS, VALUES } from './registry.js';

const CONDITION_NAMES = [...CONDITIONS.keys()].join(', ');
const VALUE_NAMES = [...VALUES.keys()].join(', ');

export function condition(
  c: Checker,
  raw: unknown,
  path: string,
  depth: number,
  scope: Scope | undefined,
): CompiledNode | undefined {
  if (depth > c.limits.maxDepth) {
    c.fail(path, `is nested too deeply (limit ${c.limits.maxDepth})`);
    return undefined;
  }
  if (typeof raw === 'boolean') return constant(raw, 'boolean');
  const entry = c.single(
    raw,
    path,
    'a condition: true, false or an object with one operator such as "all" or "<="',
  );
  if (!entry) return undefined;
  const [op, arg] = entry;
  const compile = CONDITIONS.get(op)?.condition;
  if (compile) return compile(c, arg, child(path, op), depth, scope);
  c.fail(child(path, op), `"${op}" is not a condition operator (use ${CONDITION_NAMES})`);
  return undefined;
}

export function expression(
  c: Checker,
  raw: unknown,
  path: string,
  depth: number,
  scope: Scope | undefined,
): CompiledNode | undefined {
  if (depth > c.limits.maxDepth) {
    c.fail(path, `is nested too deeply (limit ${c.limits.maxDepth})`);
    return undefined;
  }
  if (typeof raw === 'number') return constant(raw, 'number');
  if (typeof raw === 'string') return constant(raw, 'string');
  if (typeof raw === 'boolean') return constant(raw, 'boolean');
  const entry = c.single(
    raw,
    path,
    'a value: a number, text, or an object with one operator such as "fact"',
  );
  if (!entry) return undefined;
  const [op, arg] = entry;
  const compile = VALUES.get(op)?.value;
  if (compile) return compile(c, arg, child(path, op), depth, scope);
  c.fail(child(path, op), `"${op}" is not a value operator (use ${VALUE_NAMES})`);
  return undefined;
}

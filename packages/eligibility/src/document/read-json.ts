/**
 * The first step of loading: reads untrusted input as JSON data, iteratively (hostile nesting
 * cannot overflow the stack), into a private copy that later steps read instead of the input.
 * Bounded depth, size and string length; `__proto__` / `constructor` / `prototype` keys, getters,
 * class instances and anything that throws while being read (a Proxy trap, say) are reported
 * with their JSON path, never thrown.
 */
import type { RuleSetIssue } from '../errors.js';
import { FORBIDDEN_KEYS } from '../errors.js';
import type { Limits } from '../limits.js';
import { DOCUMENT_DEPTH_HEADROOM, MAX_SHAPE_ISSUES } from '../limits.js';

export type Json = null | boolean | number | string | Json[] | JsonObject;
export interface JsonObject {
  [key: string]: Json;
}

export interface JsonRead {
  /** The copy, when there were no issues. */
  value: Json | undefined;
  issues: RuleSetIssue[];
}

/** A JSON path step: `.name`, `["odd name"]` or `[3]`. */
export function child(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(key)
    ? `${path}.${key}`
    : `${path}[${JSON.stringify(key)}]`;
}

export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Reads `input` as JSON data. Paths are built only for problems: each value read remembers its
 * parent and key, so a large document costs no strings.
 */
export function readJson(input: unknown, limits: Limits, root = '$'): JsonRead {
  const issues: RuleSetIssue[] = [];
  // Every value read: its parent's entry and its key, to rebuild a path when needed.
  const parents: number[] = [-1];
  const keys: (string | number)[] = [''];
  const pathOf = (entry: number): string => {
    const steps: (string | number)[] = [];
    for (let at = entry; at > 0; at = parents[at]) steps.push(keys[at]);
    return steps.reduceRight<string>((path, key) => child(path, key), root);
  };
  const holder: { value: Json | undefined } = { value: undefined };
  // Work stack, as parallel arrays: the value, its entry, its depth, where its copy goes.
  const values: unknown[] = [input];
  const entries: number[] = [0];
  const depths: number[] = [0];
  const targets: (Json[] | JsonObject | typeof holder)[] = [holder];
  const slots: (string | number)[] = ['value'];
  let count = 0;
  let entry = 0;
  let depth = 0;
  /** Queues `item` (the input's `key`) to be read into `into`. */
  const pushChild = (item: unknown, key: string | number, into: Json[] | JsonObject): void => {
    parents.push(entry);
    keys.push(key);
    values.push(item);
    entries.push(parents.length - 1);
    depths.push(depth + 1);
    targets.push(into);
    slots.push(key);
  };
  while (values.length > 0 && issues.length < MAX_SHAPE_ISSUES) {
    const value = values.pop();
    entry = entries.pop() as number;
    depth = depths.pop() as number;
    const target = targets.pop() as Record<string | number, Json | undefined>;
    const slot = slots.pop() as string | number;
    const push = pushChild;
    if (++count > limits.maxNodes) {
      issues.push({ path: root, message: `is too large: more than ${limits.maxNodes} values` });
      break;
    }
    if (depth > limits.maxDepth + DOCUMENT_DEPTH_HEADROOM) {
      issues.push({
        path: pathOf(entry),
        message: `is nested too deeply (limit ${limits.maxDepth})`,
      });
      continue;
    }
    try {
      if (value === null || typeof value === 'boolean') target[slot] = value;
      else if (typeof value === 'number') {
        if (!Number.isFinite(value))
          issues.push({ path: pathOf(entry), message: 'must be a finite number' });
        target[slot] = value;
      } else if (typeof value === 'string') {
        if (value.length > limits.maxStringLength)
          issues.push({
            path: pathOf(entry),
            message: `is longer than ${limits.maxStringLength} characters`,
          });
        target[slot] = value;
      } else if (Array.isArray(value)) {
        const copy: Json[] = new Array<Json>(value.length);
        target[slot] = copy;
        // Items are read directly (an index getter runs once, into the copy; if it throws, the
        // catch below reports the list), which keeps reading large lists cheap.
        for (let index = value.length - 1; index >= 0; index--)
          push((value as unknown[])[index], index, copy);
      } else if (typeof value === 'object') {
        const proto: unknown = Object.getPrototypeOf(value);
        if (proto !== Object.prototype && proto !== null) {
          issues.push({ path: pathOf(entry), message: 'must be plain JSON data' });
          continue;
        }
        const copy: JsonObject = {};
        target[slot] = copy;
        const pending: unknown[] = [];
        for (const key of Object.keys(value)) {
          if (FORBIDDEN_KEYS.has(key)) {
            issues.push({
              path: child(pathOf(entry), key),
              message: `uses the forbidden key "${key}"`,
            });
            continue;
          }
          const item = ownData(value, key);
          if (item.accessor)
            issues.push({
              path: child(pathOf(entry), key),
              message: 'must be plain JSON data, not a getter',
            });
          else {
            // Claim the key now so the copy keeps the input's key order (the stack reverses it).
            copy[key] = null;
            pending.push(item.value, key);
          }
        }
        for (let index = pending.length - 2; index >= 0; index -= 2)
          push(pending[index], pending[index + 1] as string, copy);
      } else
        issues.push({
          path: pathOf(entry),
          message: `must be JSON data, not a ${typeof value}`,
        });
    } catch {
      // A Proxy trap or an exotic object threw while being read.
      issues.push({ path: pathOf(entry), message: 'could not be read as JSON data' });
    }
  }
  return { value: issues.length === 0 ? holder.value : undefined, issues };
}

/** An own property's value, without running a getter. */
function ownData(object: object, key: string): { accessor: boolean; value: unknown } {
  const descriptor = Object.getOwnPropertyDescriptor(object, key);
  if (!descriptor) return { accessor: false, value: undefined };
  if (!('value' in descriptor)) return { accessor: true, value: undefined };
  return { accessor: false, value: descriptor.value as unknown };
}

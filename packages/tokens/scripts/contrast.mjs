// WCAG 2.2 contrast checking straight from the DTCG token JSON (no build needed).
// Each colour token declares the backgrounds it is used on in $extensions["org.plaza.contrast"]:
// an array of { against: "{color.x}", min: 4.5 | 3 }, or the string "decorative".
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';

export const CONTRAST_EXTENSION = 'org.plaza.contrast';

function isObject(value) {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Deep-merges DTCG trees: `override` replaces $value/$description but keeps the base $extensions. */
export function mergeTokens(base, override) {
  const out = { ...base };
  for (const [key, value] of Object.entries(override)) {
    out[key] = isObject(value) && isObject(base[key]) ? mergeTokens(base[key], value) : value;
  }
  return out;
}

/** Reads and merges every .json file in `dir`. */
export async function readTokenDir(dir) {
  const files = (await readdir(dir)).filter((file) => file.endsWith('.json')).sort();
  let tree = {};
  for (const file of files) {
    tree = mergeTokens(tree, JSON.parse(await readFile(join(dir, file), 'utf8')));
  }
  return tree;
}

/** Flattens a DTCG tree into Map<"color.text", token>, applying inherited group $type. */
export function flatten(tree, path = [], inheritedType = undefined, out = new Map()) {
  const type = tree.$type ?? inheritedType;
  if ('$value' in tree) {
    out.set(path.join('.'), { ...tree, $type: type });
    return out;
  }
  for (const [key, child] of Object.entries(tree)) {
    if (!key.startsWith('$') && isObject(child)) flatten(child, [...path, key], type, out);
  }
  return out;
}

/** Follows `{a.b}` references to a literal value. */
export function resolve(tokens, value, seen = new Set()) {
  if (typeof value !== 'string' || !/^\{[^}]+\}$/.test(value)) return value;
  const name = value.slice(1, -1);
  if (seen.has(name)) throw new Error(`Circular reference ${[...seen, name].join(' -> ')}`);
  const token = tokens.get(name);
  if (!token) throw new Error(`Unknown reference ${value}`);
  return resolve(tokens, token.$value, new Set([...seen, name]));
}

/** sRGB hex (#rgb or #rrggbb) to [r, g, b] in 0..1. */
export function parseHex(hex) {
  const match = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(hex);
  if (!match) throw new Error(`Not a hex colour: ${hex}`);
  const digits =
    match[1].length === 3
      ? [...match[1]].map((d) => d + d)
      : [match[1].slice(0, 2), match[1].slice(2, 4), match[1].slice(4, 6)];
  return digits.map((d) => parseInt(d, 16) / 255);
}

/** Relative luminance, WCAG 2.2 definition. */
export function luminance(hex) {
  const [r, g, b] = parseHex(hex).map((c) =>
    c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4,
  );
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio between two hex colours (1..21). */
export function contrastRatio(a, b) {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

/** A token's own declaration, or for a pure alias ({color.focus}) the declaration of its target. */
function declaredPairs(tokens, token) {
  const own = token.$extensions?.[CONTRAST_EXTENSION];
  if (own !== undefined) return own;
  const alias = /^\{([^}]+)\}$/.exec(String(token.$value));
  const target = alias && tokens.get(alias[1]);
  return target ? declaredPairs(tokens, target) : undefined;
}

/**
 * Checks every declared pair. Returns { pairs, problems }: pairs are the checked results,
 * problems are human-readable failures (low contrast, or a colour token with no declaration).
 */
export function checkContrast(tree) {
  const tokens = flatten(tree);
  const pairs = [];
  const problems = [];
  for (const [name, token] of tokens) {
    if (token.$type !== 'color') continue;
    const declared = declaredPairs(tokens, token);
    const usedAsBackground = [...tokens.values()].some((other) => {
      const pairsOfOther = other.$extensions?.[CONTRAST_EXTENSION];
      return Array.isArray(pairsOfOther) && pairsOfOther.some((p) => p.against === `{${name}}`);
    });
    if (declared === 'decorative' || (declared === undefined && usedAsBackground)) continue;
    if (!Array.isArray(declared)) {
      problems.push(
        `${name}: declares no contrast pairs (add $extensions["${CONTRAST_EXTENSION}"])`,
      );
      continue;
    }
    for (const { against, min } of declared) {
      const ratio = contrastRatio(resolve(tokens, token.$value), resolve(tokens, against));
      const pair = { foreground: name, background: against.slice(1, -1), ratio, min };
      pairs.push(pair);
      if (ratio < min) {
        problems.push(
          `${name} on ${pair.background}: ${ratio.toFixed(2)}:1, needs ${min}:1 (WCAG 2.2 AA)`,
        );
      }
    }
  }
  return { pairs, problems };
}

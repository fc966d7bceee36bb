// The Foundations pages read the tokens' source (DTCG JSON in packages/tokens/tokens/), so every
// name, value and description shown is the one the build turns into --plaza-* properties; nothing
// here is typed by hand.
import color from '../../packages/tokens/tokens/color.json';
import layout from '../../packages/tokens/tokens/layout.json';
import motion from '../../packages/tokens/tokens/motion.json';
import shape from '../../packages/tokens/tokens/shape.json';
import space from '../../packages/tokens/tokens/space.json';
import typography from '../../packages/tokens/tokens/typography.json';

export interface Token {
  /** The custom property: `--plaza-color-primary`. */
  property: string;
  /** The DTCG type, inherited from the group when the token has none. */
  type: string;
  /** The source value as written: `#005ea2`, `{color.primary}`, a font stack or a curve. */
  value: string;
  /** The token this one refers to, as a custom property, when its value is a reference. */
  refersTo: string | null;
  description: string;
  /** Contrast pairs the token declares: `4.5:1 on --plaza-color-background`. */
  contrast: string[];
}

export interface TokenGroup {
  /** The top-level group: `color`, `font-size`, `space`… */
  name: string;
  description: string;
  tokens: Token[];
}

type Node = { [key: string]: unknown };

const property = (path: string[]): string => `--plaza-${path.join('-')}`;
const reference = (text: string): string | null => {
  const match = /^\{([^}]+)\}$/.exec(text);
  return match ? property(match[1].split('.')) : null;
};

function show(value: unknown, type: string): string {
  if (Array.isArray(value) && type === 'cubicBezier') return `cubic-bezier(${value.join(', ')})`;
  if (Array.isArray(value)) return value.join(', ');
  return String(value);
}

function collect(node: Node, path: string[], inherited: string, out: Token[]): void {
  const type = typeof node.$type === 'string' ? node.$type : inherited;
  if ('$value' in node) {
    const value = show(node.$value, type);
    const pairs = (node.$extensions as Node | undefined)?.['org.plaza.contrast'];
    out.push({
      property: property(path),
      type,
      value,
      refersTo: reference(value),
      description: typeof node.$description === 'string' ? node.$description : '',
      contrast: Array.isArray(pairs)
        ? pairs.map(
            (pair: { against: string; min: number }) =>
              `${pair.min}:1 on ${reference(pair.against) ?? pair.against}`,
          )
        : [],
    });
    return;
  }
  for (const [key, child] of Object.entries(node)) {
    if (!key.startsWith('$') && child && typeof child === 'object') {
      collect(child as Node, [...path, key], type, out);
    }
  }
}

/** Every top-level token group, in source order, from every token file. */
export const tokenGroups: TokenGroup[] = [color, layout, motion, shape, space, typography].flatMap(
  (file) =>
    Object.entries(file as Node).map(([name, group]) => {
      const tokens: Token[] = [];
      collect(group as Node, [name], '', tokens);
      const description = (group as Node).$description;
      return { name, description: typeof description === 'string' ? description : '', tokens };
    }),
);

/** The groups with these names, in this order; throws on a name the tokens do not have. */
export function groups(...names: string[]): TokenGroup[] {
  return names.map((name) => {
    const group = tokenGroups.find((candidate) => candidate.name === name);
    if (!group) throw new Error(`Foundations: no token group "${name}" in packages/tokens`);
    return group;
  });
}

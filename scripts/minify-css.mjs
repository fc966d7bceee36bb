// Minifies CSS text and the CSS inside Lit `css` template literals, for the package build and the
// token module. Terser leaves template-literal text alone, and CSS whitespace and comments are
// over a tenth of a component's bundle. Deliberately small: it only drops comments and the
// whitespace CSS never needs; it never reorders or rewrites a rule.
import MagicString from 'magic-string';

/**
 * Drops comments and needless whitespace. Spaces before `:` and around `>`, `+`, `~` are kept
 * (`.a :hover` and `a > b` mean what they say), as is any text inside quotes.
 */
export function minifyCss(css) {
  // Strings and comments are found in one pass, so a quote inside a comment (`/* not "* + *" */`)
  // cannot hide the comment, nor `/*` inside a string start one.
  const strings = /("(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*')/;
  const stringsOrComments = /("(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|\/\*[\s\S]*?\*\/)/;
  const withoutComments = css
    .split(stringsOrComments)
    .map((part, index) => (index % 2 === 1 && part.startsWith('/*') ? '' : part))
    .join('');
  return withoutComments
    .split(strings)
    .map((part, index) =>
      index % 2 === 1
        ? part
        : part
            .replace(/\s+/g, ' ')
            .replace(/ ?([{};,]) ?/g, '$1')
            .replace(/: /g, ':')
            .replace(/;}/g, '}'),
    )
    .join('')
    .trim();
}

/**
 * Where each `css` template literal's static text runs in `code`: [start, end) pairs between the
 * backticks and `${…}` holes.
 */
export function cssLiteralChunks(code) {
  const chunks = [];
  // TypeScript writes `css `…`` with a space before the backtick.
  const opener = /\bcss\s*`/g;
  let match;
  while ((match = opener.exec(code))) {
    let position = match.index + match[0].length;
    let chunkStart = position;
    while (position < code.length && code[position] !== '`') {
      if (code[position] === '\\') {
        position += 2;
      } else if (code[position] === '$' && code[position + 1] === '{') {
        chunks.push([chunkStart, position]);
        position += 1; // past `$`, onto `{`
        let depth = 0;
        do {
          if (code[position] === '{') depth += 1;
          if (code[position] === '}') depth -= 1;
          position += 1;
        } while (depth > 0 && position < code.length);
        chunkStart = position;
      } else {
        position += 1;
      }
    }
    chunks.push([chunkStart, position]);
    opener.lastIndex = position + 1;
  }
  return chunks;
}

/** Rollup plugin: minifies the CSS in `css` literals of the modules it transforms. */
export function minifyCssLiterals() {
  return {
    name: 'plaza-minify-css-literals',
    transform(code, id) {
      if (id.includes('node_modules') || !/\bcss\s*`/.test(code)) return null;
      const output = new MagicString(code);
      for (const [start, end] of cssLiteralChunks(code)) {
        const original = code.slice(start, end);
        // Keep one space where a chunk meets a `${}` hole, in case it separates two selectors.
        const minified = minifyCss(original);
        const keepLead = /^\s/.test(original) && start > 0 && code[start - 1] === '}' ? ' ' : '';
        const keepTrail = /\s$/.test(original) && code[end] === '$' ? ' ' : '';
        const replacement = `${keepLead}${minified.trim()}${keepTrail}`;
        if (replacement !== original) output.overwrite(start, end, replacement || ' ');
      }
      return { code: output.toString(), map: output.generateMap({ hires: true }) };
    },
  };
}

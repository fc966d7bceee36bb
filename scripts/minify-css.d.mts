import type { Plugin } from 'rollup';

/** CSS text without comments or needless whitespace. */
export function minifyCss(css: string): string;
/** [start, end) of each static run of text inside `css` template literals in `code`. */
export function cssLiteralChunks(code: string): Array<[number, number]>;
/** Rollup plugin that minifies the CSS inside `css` template literals. */
export function minifyCssLiterals(): Plugin;

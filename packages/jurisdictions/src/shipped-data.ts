import { JurisdictionData, type ChunkLoader } from './data.js';

/**
 * Loads the chunks shipped in this package's `data/` folder as JavaScript modules, relative to
 * this module, so bundlers (Vite, Rollup, webpack, esbuild) copy them as lazy chunks and Node
 * imports them from disk. Under a strict Content-Security-Policy they are ordinary same-origin
 * scripts (`script-src 'self'`).
 */
export const loadShippedChunk: ChunkLoader = async (chunk) => {
  const [kind, name] = chunk.split('/');
  // One literal folder per kind, so bundlers can see every file an import may load.
  const module = (await (kind === 'zip'
    ? import(`../data/zip/${name}.js`)
    : kind === 'centroid'
      ? import(`../data/centroid/${name}.js`)
      : import(`../data/state/${name}.js`))) as { default: string };
  return module.default;
};

/** The shipped data, shared by every user on a page (each chunk loads once). */
export const jurisdictions = new JurisdictionData(loadShippedChunk);

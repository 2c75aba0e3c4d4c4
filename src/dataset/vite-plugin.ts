import path from 'node:path';
import type { Plugin } from 'vite';

const FULL = 'virtual:summit-dataset';
const MATCHER = 'virtual:summit-matcher';

/**
 * Vite plugin that builds the dataset from `assets/reports` and the curated files at build
 * time and serves it as two virtual modules:
 * - `virtual:summit-dataset`: the full Dataset (popup, extension pages);
 * - `virtual:summit-matcher`: the MatcherData subset the content script needs.
 * A dataset error fails the build with the file, entry and reason.
 */
export function summitDataset(root = process.cwd()): Plugin {
  return {
    name: 'summit-dataset',
    resolveId(id) {
      return id === FULL || id === MATCHER ? `\0${id}` : undefined;
    },
    async load(id) {
      if (id !== `\0${FULL}` && id !== `\0${MATCHER}`) return undefined;
      // Imported lazily so that loading the config never pays for (or fails on) the build.
      const { buildDatasetFromDisk } = await import('./build-from-disk.ts');
      const { dataset, matcherData, inputs } = await buildDatasetFromDisk(path.resolve(root));
      for (const file of inputs) this.addWatchFile(file);
      const value = id === `\0${FULL}` ? dataset : matcherData;
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(value))});`;
    },
  };
}

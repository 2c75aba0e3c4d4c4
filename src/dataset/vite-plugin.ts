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
  // One build per plugin instance (per Vite build); both virtual modules share it.
  let built: ReturnType<typeof build> | undefined;
  const build = async () => {
    const { buildDatasetFromDisk } = await import('./build-from-disk.ts');
    return buildDatasetFromDisk(path.resolve(root));
  };
  return {
    name: 'summit-dataset',
    buildStart() {
      built = undefined;
    },
    resolveId(id) {
      return id === FULL || id === MATCHER ? `\0${id}` : undefined;
    },
    async load(id) {
      if (id !== `\0${FULL}` && id !== `\0${MATCHER}`) return undefined;
      // Built lazily so that loading the config never pays for (or fails on) the build.
      built ??= build();
      const { dataset, matcherData, inputs } = await built;
      for (const file of inputs) this.addWatchFile(file);
      const value = id === `\0${FULL}` ? dataset : matcherData;
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(value))});`;
    },
  };
}

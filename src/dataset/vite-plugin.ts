import path from 'node:path';
import type { Plugin } from 'vite';

const FULL = 'virtual:summit-dataset';
const MATCHER = 'virtual:summit-matcher';
const GATE = 'virtual:summit-gate';
const IDS = [FULL, MATCHER, GATE];

/**
 * Vite plugin that builds the dataset from `assets/reports`, the curated files and the
 * language packs at build time and serves it as three virtual modules:
 * - `virtual:summit-dataset`: the full Dataset (popup, extension pages);
 * - `virtual:summit-matcher`: the MatcherData subset the highlighter needs;
 * - `virtual:summit-gate`: the content script's gate alone, the packs' stems as a RegExp
 *   (`event.gate` of the matcher data), so the gate carries no data but this.
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
      return IDS.includes(id) ? `\0${id}` : undefined;
    },
    async load(id) {
      if (!IDS.some((each) => id === `\0${each}`)) return undefined;
      // Built lazily so that loading the config never pays for (or fails on) the build.
      built ??= build();
      const { dataset, matcherData, inputs } = await built;
      for (const file of inputs) this.addWatchFile(file);
      // A regex literal: the stems are lowercase letters (read-pack.ts), nothing to escape.
      if (id === `\0${GATE}`) return `export default /${matcherData.event.gate}/i;`;
      const value = id === `\0${FULL}` ? dataset : matcherData;
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(value))});`;
    },
  };
}

import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { buildDataset, type BuiltDataset } from './build-dataset';
import {
  CURATED_DIR,
  CURATED_KEYS,
  REPORTS_DIR,
  type CuratedKey,
  type PackFile,
} from './curated-types';
import { DatasetError } from './dataset-error';
import { PACKS_DIR } from './read-pack';

/** The build's result plus every file it read (for the Vite plugin to watch). */
export interface BuiltFromDisk extends BuiltDataset {
  inputs: string[];
}

/**
 * Reads `assets/reports/*.txt`, `src/dataset/curated/*.json` and the language packs under
 * `root` and builds the dataset (see `buildDataset`). A curated file or a pack that is not
 * valid JSON is a DatasetError.
 */
export async function buildDatasetFromDisk(root: string): Promise<BuiltFromDisk> {
  const reportsDir = path.join(root, REPORTS_DIR);
  const listing = await readdir(reportsDir).catch(() => {
    throw new DatasetError(REPORTS_DIR, '-', 'reports folder is missing');
  });
  const names = listing.filter((name) => name.endsWith('.txt')).sort();
  const reports = await Promise.all(
    names.map(async (file) => ({
      file,
      text: await readFile(path.join(reportsDir, file), 'utf8'),
    })),
  );
  const entries = await Promise.all(
    CURATED_KEYS.map(async (key): Promise<[CuratedKey, unknown]> => {
      const file = `${CURATED_DIR}/${key}.json`;
      const text = await readFile(path.join(root, file), 'utf8').catch(() => {
        throw new DatasetError(file, '-', 'curated file is missing');
      });
      try {
        return [key, JSON.parse(text) as unknown];
      } catch (error) {
        throw new DatasetError(file, '-', `not valid JSON: ${(error as Error).message}`);
      }
    }),
  );
  const curated = Object.fromEntries(entries) as Record<CuratedKey, unknown>;
  const packs = await readPacksFromDisk(root);
  return {
    ...buildDataset({ reports, curated, packs }),
    inputs: [
      ...names.map((name) => path.join(reportsDir, name)),
      ...CURATED_KEYS.map((key) => path.join(root, CURATED_DIR, `${key}.json`)),
      ...packs.map((pack) => path.join(root, pack.file)),
    ],
  };
}

/**
 * Reads every language pack in `src/languages/packs`, English (the reports' language) first,
 * then by name. A pack that is not valid JSON is a DatasetError; the build checks the rest.
 */
async function readPacksFromDisk(root: string): Promise<PackFile[]> {
  const dir = path.join(root, PACKS_DIR);
  const names = (await readdir(dir).catch(() => [] as string[]))
    .filter((name) => name.endsWith('.json'))
    .sort((a, b) => (a === 'en.json' ? -1 : b === 'en.json' ? 1 : a.localeCompare(b)));
  return Promise.all(
    names.map(async (name) => {
      const file = `${PACKS_DIR}/${name}`;
      const text = await readFile(path.join(root, file), 'utf8');
      try {
        return { file, json: JSON.parse(text) as unknown };
      } catch (error) {
        throw new DatasetError(file, '-', `not valid JSON: ${(error as Error).message}`);
      }
    }),
  );
}

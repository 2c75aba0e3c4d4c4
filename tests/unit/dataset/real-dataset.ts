import path from 'node:path';
import { buildDatasetFromDisk, type BuiltFromDisk } from '../../../src/dataset/build-from-disk';

/** The project root, where assets/ and src/dataset/curated/ are. */
export const ROOT = path.resolve(__dirname, '../../..');

let built: Promise<BuiltFromDisk> | undefined;

/** The dataset built from the real reports and curated files, once per test file. */
export function realDataset(): Promise<BuiltFromDisk> {
  built ??= buildDatasetFromDisk(ROOT);
  return built;
}

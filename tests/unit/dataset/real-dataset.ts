import { readFileSync } from 'node:fs';
import path from 'node:path';
import { deserialize } from 'node:v8';
import { inject } from 'vitest';
import type { BuiltFromDisk } from '../../../src/dataset/build-from-disk';

/** The project root, where assets/ and src/dataset/curated/ are. */
export const ROOT = path.resolve(__dirname, '../../..');

let built: Promise<BuiltFromDisk> | undefined;

/**
 * The dataset built from the real reports and curated files: the one the unit run's global
 * setup built (tests/unit/support/dataset-setup.ts), else (another project, or a build that
 * failed there) built here, once per test file.
 */
export function realDataset(): Promise<BuiltFromDisk> {
  built ??= load();
  return built;
}

async function load(): Promise<BuiltFromDisk> {
  const file = inject('summitDatasetFile');
  if (file) return deserialize(readFileSync(file)) as BuiltFromDisk;
  const { buildDatasetFromDisk } = await import('../../../src/dataset/build-from-disk');
  return buildDatasetFromDisk(ROOT);
}

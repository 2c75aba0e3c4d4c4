import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { serialize } from 'node:v8';
import type { TestProject } from 'vitest/node';
import { buildDatasetFromDisk } from '../../../src/dataset/build-from-disk';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The file holding this run's real dataset (see dataset-setup.ts), when it could be built. */
    summitDatasetFile?: string;
  }
}

/** The project root, where assets/ and src/dataset/curated/ are. */
const ROOT = path.resolve(import.meta.dirname, '../../..');

/**
 * The unit project's global setup: builds the real dataset once for the whole run and hands
 * it to the test files (tests/unit/dataset/real-dataset.ts) as a file in the structured-clone
 * format (the build holds Maps), instead of every file that reads it building it again in its
 * worker. A build that fails provides nothing: each of those files then builds it itself and
 * fails on the dataset's error, as before. The file goes with the run.
 */
export default async function setup(project: TestProject): Promise<() => void> {
  const dir = mkdtempSync(path.join(tmpdir(), 'summit-dataset-'));
  try {
    const file = path.join(dir, 'built.bin');
    writeFileSync(file, serialize(await buildDatasetFromDisk(ROOT)));
    project.provide('summitDatasetFile', file);
  } catch {
    // The test files report the error themselves.
  }
  return () => rmSync(dir, { recursive: true, force: true });
}

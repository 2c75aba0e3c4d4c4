import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDatasetFromDisk } from '../../../src/dataset/build-from-disk';
import { ROOT } from './real-dataset';

/** A copy of the reports, curated files and packs in a temporary root, broken by `breakIt`. */
async function brokenRoot(breakIt: (root: string) => Promise<void>): Promise<string> {
  const root = await mkdtemp(path.join(tmpdir(), 'summit-root-'));
  for (const dir of ['assets/reports', 'src/dataset/curated', 'src/languages/packs']) {
    await cp(path.join(ROOT, dir), path.join(root, dir), { recursive: true });
  }
  await breakIt(root);
  return root;
}

describe('buildDatasetFromDisk', () => {
  it.each([
    [
      'a curated file that is not JSON',
      (root: string) => writeFile(path.join(root, 'src/dataset/curated/quotes.json'), '[{,]'),
      /^src\/dataset\/curated\/quotes\.json: -: not valid JSON/,
    ],
    [
      'a missing curated file',
      (root: string) => rm(path.join(root, 'src/dataset/curated/ignore.json')),
      /^src\/dataset\/curated\/ignore\.json: -: curated file is missing/,
    ],
    [
      'a missing report',
      (root: string) => rm(path.join(root, 'assets/reports/003_56aeeda40cff7ddd.txt')),
      /^assets\/reports\/003_56aeeda40cff7ddd\.txt: entry 2 \(id "islamabad-paris"\): report file is missing/,
    ],
    [
      'an empty report',
      (root: string) => writeFile(path.join(root, 'assets/reports/000_b7b7b11176a966f2.txt'), ''),
      /^assets\/reports\/000_b7b7b11176a966f2\.txt: .*report is empty/,
    ],
    [
      'a missing reports folder',
      (root: string) => rm(path.join(root, 'assets/reports'), { recursive: true }),
      /^assets\/reports: -: reports folder is missing/,
    ],
  ])('stops on %s, naming the file', async (_, breakIt, message) => {
    const root = await brokenRoot(breakIt);
    await expect(buildDatasetFromDisk(root)).rejects.toThrow(message);
    await rm(root, { recursive: true });
  });
});

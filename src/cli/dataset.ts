/**
 * `npm run dataset [-- --out FILE] [--format-curated]`: builds the dataset from
 * assets/reports and src/dataset/curated, writes it as JSON (to FILE, else stdout) and
 * prints a summary to stderr. `--format-curated` first rewrites the curated files sorted
 * by id and in their canonical layout. A dataset error exits with status 1 and its message.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { buildDatasetFromDisk } from '../dataset/build-from-disk';
import { findUncovered } from '../dataset/coverage';
import { CURATED_DIR, CURATED_KEYS } from '../dataset/curated-types';
import { DatasetError } from '../dataset/dataset-error';
import { formatCurated, sortById } from '../dataset/format-curated';
import { summarize } from '../dataset/summary';

const { values } = parseArgs({
  options: { out: { type: 'string' }, 'format-curated': { type: 'boolean' } },
});
const root = process.cwd();

try {
  if (values['format-curated']) {
    for (const key of CURATED_KEYS) {
      const file = path.join(root, CURATED_DIR, `${key}.json`);
      const entries = JSON.parse(await readFile(file, 'utf8')) as { id: string }[];
      await writeFile(file, await formatCurated(sortById(entries), file));
    }
  }
  const { dataset, ignored } = await buildDatasetFromDisk(root);
  const json = `${JSON.stringify(dataset)}\n`;
  if (values.out === undefined) process.stdout.write(json);
  else await writeFile(values.out, json);
  process.stderr.write(`${summarize(dataset, findUncovered(dataset, ignored))}\n`);
} catch (error) {
  if (!(error instanceof DatasetError)) throw error;
  process.stderr.write(`dataset error: ${error.message}\n`);
  process.exitCode = 1;
}

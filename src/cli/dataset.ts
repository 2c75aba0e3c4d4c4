/**
 * `npm run dataset [-- --out FILE|-] [--format-curated]`: builds the dataset from
 * assets/reports and src/dataset/curated, prints a summary to stderr, and writes the JSON to
 * FILE (`-`: stdout; with `npm run -s`, so npm's banner is not mixed into it).
 * `--format-curated` first rewrites the curated files sorted by id and in their canonical
 * layout. A dataset error or an unwritable FILE exits with status 1 and one line saying why;
 * a bad argument with status 2 and the usage.
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

const USAGE = 'usage: npm run dataset -- [--out FILE|-] [--format-curated]\n';

function args(): { out?: string; 'format-curated'?: boolean } | undefined {
  try {
    return parseArgs({
      options: { out: { type: 'string' }, 'format-curated': { type: 'boolean' } },
    }).values;
  } catch (error) {
    process.stderr.write(`dataset: ${(error as Error).message}\n${USAGE}`);
    return undefined;
  }
}

const values = args();
const root = process.cwd();

if (values === undefined) process.exitCode = 2;
else await run(values);

async function run(values: { out?: string; 'format-curated'?: boolean }): Promise<void> {
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
    if (values.out === '-') process.stdout.write(json);
    else if (values.out !== undefined) await writeFile(values.out, json);
    process.stderr.write(`${summarize(dataset, findUncovered(dataset, ignored))}\n`);
  } catch (error) {
    if (error instanceof DatasetError) {
      process.stderr.write(`dataset error: ${error.message}\n`);
    } else if ((error as NodeJS.ErrnoException).code !== undefined) {
      process.stderr.write(`dataset: ${(error as Error).message}\n`);
    } else throw error;
    process.exitCode = 1;
  }
}

/**
 * `npm run scan -- FILE [--json]`: runs the matching engine, with the dataset built from the
 * reports, over a saved page (HTML, by extension or a leading "<") or a plain-text file,
 * and prints what it finds as a table, or as JSON with `--json`. Offsets are into the
 * extracted text. Exits with status 1 on a dataset error or an unreadable file.
 */
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { createScanner } from '../matching';
import { buildDatasetFromDisk } from '../dataset/build-from-disk';
import { DatasetError } from '../dataset/dataset-error';
import { htmlToText } from './html-to-text';
import { formatMatchTable } from './match-table';

const { values, positionals } = parseArgs({
  options: { json: { type: 'boolean' } },
  allowPositionals: true,
});
const [file] = positionals;

if (file === undefined || positionals.length > 1) {
  process.stderr.write('usage: npm run scan -- FILE [--json]\n');
  process.exitCode = 2;
} else {
  try {
    const raw = await readFile(file, 'utf8');
    const html = /\.x?html?$/i.test(file) || raw.trimStart().startsWith('<');
    const text = html ? htmlToText(raw) : raw;
    const { matcherData } = await buildDatasetFromDisk(process.cwd());
    const matches = createScanner(matcherData).scan(text);
    process.stdout.write(
      values.json ? `${JSON.stringify(matches, null, 2)}\n` : `${formatMatchTable(matches)}\n`,
    );
    process.stderr.write(`${matches.length} match(es) in ${text.length} characters of text\n`);
  } catch (error) {
    if (!(error instanceof DatasetError) && (error as NodeJS.ErrnoException).code === undefined) {
      throw error;
    }
    process.stderr.write(`scan: ${(error as Error).message}\n`);
    process.exitCode = 1;
  }
}

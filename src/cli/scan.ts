/**
 * `npm run scan -- FILE [--json] [--all]`: runs the matching engine, with the dataset built
 * from the reports, over a saved page (HTML, by extension or a leading "<") or a plain-text
 * file, and prints what it finds as a table, or as JSON with `--json`: what the extension
 * would show, or with `--all` also the numbers it gives no verdict (status `unknown`).
 * Offsets are into the extracted text. Exits with status 2 on bad arguments, 1 on a dataset
 * error or a file that is unreadable, empty or not text.
 */
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { createScanner } from '../matching';
import { buildDatasetFromDisk } from '../dataset/build-from-disk';
import { DatasetError } from '../dataset/dataset-error';
import { htmlToText } from './html-to-text';
import { formatMatchTable } from './match-table';
import { textProblem } from './text-problem';

/** A file the scan cannot read as text. */
class ScanInputError extends Error {}

const USAGE = 'usage: npm run scan -- FILE [--json] [--all]\n';

function args(): { file: string; json: boolean; all: boolean } | undefined {
  try {
    const { values, positionals } = parseArgs({
      options: { json: { type: 'boolean' }, all: { type: 'boolean' } },
      allowPositionals: true,
    });
    const [file] = positionals;
    if (file === undefined || positionals.length > 1) return undefined;
    return { file, json: values.json === true, all: values.all === true };
  } catch (error) {
    process.stderr.write(`scan: ${(error as Error).message}\n`);
    return undefined;
  }
}

const given = args();
if (given === undefined) {
  process.stderr.write(USAGE);
  process.exitCode = 2;
} else {
  try {
    const bytes = await readFile(given.file);
    const problem = textProblem(bytes);
    if (problem !== undefined) throw new ScanInputError(`${given.file} ${problem}`);
    const raw = bytes.toString('utf8');
    const html = /\.x?html?$/i.test(given.file) || raw.trimStart().startsWith('<');
    const text = html ? htmlToText(raw) : raw;
    const { matcherData } = await buildDatasetFromDisk(process.cwd());
    const matches = createScanner(matcherData, { shownOnly: !given.all }).scan(text);
    process.stdout.write(
      given.json ? `${JSON.stringify(matches, null, 2)}\n` : `${formatMatchTable(matches)}\n`,
    );
    process.stderr.write(`${matches.length} match(es) in ${text.length} characters of text\n`);
  } catch (error) {
    const expected =
      error instanceof DatasetError ||
      error instanceof ScanInputError ||
      (error as NodeJS.ErrnoException).code !== undefined;
    // Anything else is a bug of ours: its stack trace is wanted.
    if (!expected) throw error;
    process.stderr.write(`scan: ${(error as Error).message}\n`);
    process.exitCode = 1;
  }
}

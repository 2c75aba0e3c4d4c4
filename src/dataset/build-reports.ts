import { splitSentences } from '../matching/sentences';
import { REPORTS_DIR, type CuratedReport, type ReportFile } from './curated-types';
import { DatasetError } from './dataset-error';
import { createLocator } from './locate';
import { curatedFile } from './read-curated';
import type { Furniture, Report } from './schema';

/**
 * Joins each curated report entry to its file: the text, its sentences (split by the
 * engine), its furniture located by excerpt, and the headline, dateline and date read from
 * that furniture. Fails on a file with no entry, an entry with no file, or an empty report.
 */
export function buildReports(
  files: readonly ReportFile[],
  entries: readonly CuratedReport[],
): Report[] {
  const file = curatedFile('reports');
  const texts = new Map(files.map((f) => [f.file, f.text]));
  const listed = new Set(entries.map((entry) => entry.file));
  for (const f of files) {
    if (!listed.has(f.file)) {
      throw new DatasetError(`${REPORTS_DIR}/${f.file}`, '-', `no entry in ${file} names it`);
    }
  }
  return entries.map((entry, i) => {
    const label = `entry ${i} (id "${entry.id}")`;
    const text = texts.get(entry.file);
    if (text === undefined) {
      throw new DatasetError(`${REPORTS_DIR}/${entry.file}`, label, 'report file is missing');
    }
    if (text.trim().length === 0) {
      throw new DatasetError(`${REPORTS_DIR}/${entry.file}`, label, 'report is empty');
    }
    const bare: Report = {
      id: entry.id,
      file: entry.file,
      source: entry.source,
      text,
      sentences: splitSentences(text),
      furniture: [],
    };
    const locate = createLocator([bare]);
    const furniture: Furniture[] = entry.furniture
      .map(({ kind, ...citation }, j) => {
        const { start, end } = locate(file, `${label} furniture[${j}]`, {
          ...citation,
          reportId: entry.id,
        });
        return { kind, start, end };
      })
      .sort((a, b) => a.start - b.start);
    const textOf = (kind: Furniture['kind']) => {
      const found = furniture.filter((f) => f.kind === kind);
      if (found.length > 1) throw new DatasetError(file, label, `more than one ${kind}`);
      return found[0] && text.slice(found[0].start, found[0].end);
    };
    const headline = textOf('headline');
    const dateline = textOf('dateline');
    const dateText = textOf('date');
    if (entry.date !== undefined && !dateText?.includes(entry.date)) {
      throw new DatasetError(file, label, `date ${entry.date} is not in a "date" furniture span`);
    }
    return {
      id: entry.id,
      file: entry.file,
      source: entry.source,
      ...(dateline === undefined ? {} : { dateline }),
      ...(entry.date === undefined ? {} : { date: entry.date }),
      ...(headline === undefined ? {} : { headline }),
      text,
      sentences: bare.sentences,
      furniture,
    };
  });
}

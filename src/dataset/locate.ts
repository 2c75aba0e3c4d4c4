import type { Citation } from './curated-types';
import { DatasetError } from './dataset-error';
import type { Report, Span } from './schema';
import { sentenceIndex } from './sentence-index';

/** A citation found in its report. */
export interface Located extends Span {
  text: string;
  sentence: number;
}

/** Finds a citation for the entry `entry` of curated file `file`, or throws. */
export type Locate = (file: string, entry: string, citation: Citation) => Located;

/**
 * A locator over `reports`. The excerpt must occur exactly once in the report (or exactly
 * once inside `within`, which must occur exactly once); anything else is a DatasetError
 * naming the file, the entry and the excerpt.
 */
export function createLocator(reports: readonly Report[]): Locate {
  const byId = new Map(reports.map((report) => [report.id, report]));
  return (file, entry, { reportId, excerpt, within }) => {
    const report = byId.get(reportId);
    if (report === undefined) throw new DatasetError(file, entry, `unknown report "${reportId}"`);
    const fail = (reason: string): never => {
      throw new DatasetError(file, entry, reason);
    };
    const base = within === undefined ? 0 : only(report.text, within, reportId, fail, 'within');
    const scope = within === undefined ? report.text : within;
    const start = base + only(scope, excerpt, reportId, fail, 'excerpt');
    const end = start + excerpt.length;
    return {
      reportId,
      start,
      end,
      text: excerpt,
      sentence: sentenceIndex(report.sentences, start),
    };
  };
}

function only(
  text: string,
  needle: string,
  reportId: string,
  fail: (reason: string) => never,
  what: string,
): number {
  const found: number[] = [];
  for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + 1)) {
    found.push(at);
  }
  const shown = JSON.stringify(needle.length > 60 ? `${needle.slice(0, 57)}...` : needle);
  if (found.length === 0) fail(`${what} ${shown} is not in report "${reportId}"`);
  if (found.length > 1) {
    fail(
      `${what} ${shown} occurs ${found.length} times in report "${reportId}"; cite a longer one`,
    );
  }
  return found[0] ?? 0;
}

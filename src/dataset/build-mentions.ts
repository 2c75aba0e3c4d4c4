import {
  createActorFinder,
  figureReading,
  findFigures,
  normalize,
  type MatcherData,
} from '../matching';
import type { Figure, FurnitureKind, Mention, Report } from './schema';
import { sentenceIndex } from './sentence-index';

/** Furniture that is not reporting: mentions inside it are dropped. */
export const UNREPORTED: readonly FurnitureKind[] = ['credit', 'link', 'sign-off'];

/**
 * Every occurrence of every actor and figure in every report, found by the engine:
 * its actor finder for names (leftmost-longest, so "German Gref" is Gref, not Germany) and
 * its figure finder for numbers. A figure match is a mention of the curated figure whose
 * statement it overlaps; a number no statement claims is no mention (the coverage check
 * makes sure each is on the ignore list). Actors and figures are found separately, so a
 * name inside a figure ("3,350 ERAM long-range missiles") is a mention too. Sorted by
 * report (in `reports` order), then start, then item id.
 */
export function buildMentions(
  reports: readonly Report[],
  data: MatcherData,
  figures: readonly Figure[],
): Mention[] {
  const findActors = createActorFinder(data.actors);
  // The reports' language is the first pack's.
  const reading = figureReading(data.languages[0]);
  return reports.flatMap((report) => {
    const norm = normalize(report.text);
    const dropped = report.furniture.filter((f) => UNREPORTED.includes(f.kind));
    const reported = (start: number, end: number) =>
      !dropped.some((f) => start < f.end && f.start < end);
    const mention = (itemId: string, start: number, end: number): Mention => ({
      reportId: report.id,
      start,
      end,
      itemId,
      text: report.text.slice(start, end),
      sentence: sentenceIndex(report.sentences, start),
    });
    const actors = findActors(norm).map((m) => mention(m.id, m.start, m.end));
    const statements = figures.flatMap((figure) =>
      figure.statements.filter((s) => s.reportId === report.id).map((s) => ({ figure, s })),
    );
    const numbers = (reading ? findFigures(norm, reading) : []).flatMap((found) => {
      const claimed = statements.find(({ s }) => found.start < s.end && s.start < found.end);
      return claimed === undefined ? [] : [mention(claimed.figure.id, found.start, found.end)];
    });
    return [...actors, ...numbers]
      .filter((m) => reported(m.start, m.end))
      .sort((a, b) => a.start - b.start || (a.itemId < b.itemId ? -1 : 1));
  });
}

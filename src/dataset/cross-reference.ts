import type { Dataset, Disagreement, Figure, FigureStatement, Quote } from './schema';

/** What one report says about an actor: the sentences naming it, and its quotations. */
export interface ActorInReport {
  reportId: string;
  /** Indices into the report's `sentences`, ascending, without repeats. */
  sentences: number[];
  /** Quotations the report attributes to the actor, in text order. */
  quotes: Quote[];
}

/** What one report says about a figure. */
export interface FigureInReport {
  reportId: string;
  statements: FigureStatement[];
}

/**
 * Per report (in dataset order), the sentences that mention `actorId` and the quotations
 * the report gives it. Reports that neither mention nor quote it are left out.
 */
export function actorCrossReference(dataset: Dataset, actorId: string): ActorInReport[] {
  return dataset.reports.flatMap((report) => {
    const sentences = [
      ...new Set(
        dataset.mentions
          .filter((m) => m.reportId === report.id && m.itemId === actorId)
          .map((m) => m.sentence),
      ),
    ].sort((a, b) => a - b);
    const quotes = dataset.quotes
      .filter((q) => q.reportId === report.id && q.speakerId === actorId)
      .sort((a, b) => a.start - b.start);
    return sentences.length + quotes.length === 0
      ? []
      : [{ reportId: report.id, sentences, quotes }];
  });
}

/**
 * Per report (in dataset order), how it states `figureId`, with the figure's agreement;
 * undefined for an unknown id.
 */
export function figureCrossReference(
  dataset: Dataset,
  figureId: string,
): { agreement: Figure['agreement']; reports: FigureInReport[] } | undefined {
  const figure = dataset.figures.find((f) => f.id === figureId);
  if (figure === undefined) return undefined;
  const reports = dataset.reports.flatMap((report) => {
    const statements = figure.statements.filter((s) => s.reportId === report.id);
    return statements.length === 0 ? [] : [{ reportId: report.id, statements }];
  });
  return { agreement: figure.agreement, reports };
}

/** The disagreements that concern an actor or figure, in dataset order. */
export function disagreementsAbout(dataset: Dataset, itemId: string): Disagreement[] {
  return dataset.disagreements.filter((d) => d.itemIds.includes(itemId));
}

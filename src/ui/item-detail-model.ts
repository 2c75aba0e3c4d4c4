import {
  actorCrossReference,
  disagreementsAbout,
  figureCrossReference,
} from '../dataset/cross-reference';
import type { Dataset, Figure, FigureStatement, Quote, Report } from '../dataset/schema';
import { markedRuns, type Run } from './marked-runs';
import type { DatasetItem } from './report-coverage';

/** How readers are shown a report: its source and, where the text gives one, its ISO date. */
export interface ReportRef {
  id: string;
  source: string;
  date?: string;
}

/** What one report says about an item. */
export interface ReportEvidence {
  report: ReportRef;
  quotes: readonly Pick<Quote, 'id' | 'speaker' | 'text'>[];
  /**
   * Sentences naming the item (or stating the figure), the matched words marked; for a
   * figure, with the values the sentence gives.
   */
  passages: readonly Passage[];
  /** For a figure: the report's distinct statements of it (wording, value, qualifier). */
  statements: readonly Pick<FigureStatement, 'text' | 'value' | 'qualifier'>[];
}

/** One report sentence about an item. */
export interface Passage {
  sentence: number;
  runs: Run[];
  /** For a figure: what the sentence states of it (distinct value and qualifier). */
  values?: readonly Pick<FigureStatement, 'value' | 'qualifier'>[];
}

/** Everything the cross-reference view of one item shows. */
export interface ItemDetailModel {
  item: DatasetItem;
  reportTotal: number;
  reports: readonly ReportEvidence[];
  figure?: Pick<Figure, 'agreement' | 'unit'>;
  disagreements: readonly {
    id: string;
    summary: string;
    sides: readonly { key: string; report: ReportRef; text: string }[];
  }[];
}

/** The report as readers are shown it (never its file name). */
export function reportRef(report: Report): ReportRef {
  return { id: report.id, source: report.source, date: report.date };
}

/** The cross-reference of a dataset item across the reports, in dataset report order. */
export function itemDetailModel(dataset: Dataset, item: DatasetItem): ItemDetailModel {
  const reports = new Map(dataset.reports.map((report) => [report.id, report]));
  const passage = (
    report: Report,
    sentence: number,
    spans: readonly { start: number; end: number }[],
  ) => {
    const [start, end] = report.sentences[sentence] ?? [0, 0];
    return { sentence, runs: markedRuns(report.text, start, end, spans) };
  };
  const figure = dataset.figures.find((f) => f.id === item.id);
  const evidence: ReportEvidence[] = figure
    ? (figureCrossReference(dataset, item.id)?.reports ?? []).map(({ reportId, statements }) => {
        const report = reports.get(reportId)!;
        const sentences = [...new Set(statements.map((s) => s.sentence))];
        return {
          report: reportRef(report),
          quotes: [],
          passages: sentences.map((n) => {
            const stated = statements.filter((s) => s.sentence === n);
            return { ...passage(report, n, stated), values: distinct(stated, sameValue) };
          }),
          statements: distinct(statements, (a, b) => a.text === b.text && sameValue(a, b)),
        };
      })
    : actorCrossReference(dataset, item.id).map(({ reportId, sentences, quotes }) => {
        const report = reports.get(reportId)!;
        const mentions = dataset.mentions.filter(
          (m) => m.reportId === reportId && m.itemId === item.id,
        );
        return {
          report: reportRef(report),
          quotes,
          passages: sentences.map((n) =>
            passage(
              report,
              n,
              mentions.filter((m) => m.sentence === n),
            ),
          ),
          statements: [],
        };
      });
  return {
    item,
    reportTotal: dataset.reports.length,
    reports: evidence,
    figure: figure && { agreement: figure.agreement, unit: figure.unit },
    disagreements: disagreementsAbout(dataset, item.id).map((d) => ({
      id: d.id,
      summary: d.summary,
      sides: d.sides.map((side) => ({
        key: `${side.reportId}:${side.start}`,
        report: reportRef(reports.get(side.reportId)!),
        text: side.text,
      })),
    })),
  };
}

type Stated = Pick<FigureStatement, 'value' | 'qualifier'>;

const sameValue = (a: Stated, b: Stated) => a.value === b.value && a.qualifier === b.qualifier;

/** The first of each run of `items` that `same` takes for one, in order. */
function distinct<T>(items: readonly T[], same: (a: T, b: T) => boolean): T[] {
  return items.filter((item, i) => items.findIndex((other) => same(other, item)) === i);
}

import type { ItemKind, Qualifier, Unit } from '../matching/types';
import { actorCrossReference, figureCrossReference } from './cross-reference';
import type { Dataset, Figure } from './schema';

/** How one report states a figure: its source as readers see it, and its words and values. */
export interface ReportWording {
  reportId: string;
  /** The report's outlet or credit ("AFP"), never its file name. */
  source: string;
  /**
   * Its statements in text order, a wording repeated with the same value given once: the words
   * as printed, the value they give, their qualifier.
   */
  statements: readonly { text: string; value: number; qualifier: Qualifier }[];
}

/** What the hover card shows of a dataset item; small enough to send to a content script. */
export interface ItemCard {
  id: string;
  kind: ItemKind;
  /** The actor's name, or what the figure counts ("countries committed to the …"). */
  name: string;
  /** The actor's one-line description; empty for a figure. */
  description: string;
  /** Reports that mention, quote or state the item (0..reportTotal). */
  reportCount: number;
  /** Reports in the dataset (5). */
  reportTotal: number;
  /** For a figure: its unit, the value the reports agree on (or the commonest), and the wording. */
  figure?: {
    unit: Unit;
    value: number;
    agreement: Figure['agreement'];
    /** Only the reports that state it, in dataset report order. */
    reports: readonly ReportWording[];
  };
}

/**
 * The card of actor or figure `id`, or undefined when the dataset has no such item (an unknown
 * page figure's id, `figure:<unit>:<value>`, for one). Counts reports as the popup does: a report
 * counts when it mentions, quotes or states the item.
 */
export function itemCard(dataset: Dataset, id: string): ItemCard | undefined {
  const reportTotal = dataset.reports.length;
  const actor = dataset.actors.find((a) => a.id === id);
  if (actor) {
    const { kind, name, description } = actor;
    const reportCount = actorCrossReference(dataset, id).length;
    return { id, kind, name, description, reportCount, reportTotal };
  }
  const figure = dataset.figures.find((f) => f.id === id);
  const cross = figureCrossReference(dataset, id);
  if (!figure || !cross) return undefined;
  const sources = new Map(dataset.reports.map((r) => [r.id, r.source]));
  const reports = cross.reports.map(({ reportId, statements }) => ({
    reportId,
    source: sources.get(reportId) ?? reportId,
    statements: [
      ...new Map(
        statements.map(({ text, value, qualifier }) => [
          `${value} ${text}`,
          { text, value, qualifier },
        ]),
      ).values(),
    ],
  }));
  return {
    id,
    kind: 'figure',
    name: figure.counts,
    description: '',
    reportCount: reports.length,
    reportTotal,
    figure: { unit: figure.unit, value: figure.value, agreement: cross.agreement, reports },
  };
}

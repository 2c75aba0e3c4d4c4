/**
 * The bundled dataset, built from the five reports at build time (see README, "Dataset").
 * Offsets are UTF-16 indices into `Report.text`, start inclusive, end exclusive.
 * Bump DATASET_SCHEMA_VERSION on any change a reader of the JSON would notice.
 */
import type { ActorKind, FigureIdentity, Qualifier, Unit } from '../matching/types';

export const DATASET_SCHEMA_VERSION = 2;

/** A span of one report's text. */
export interface Span {
  reportId: string;
  start: number;
  end: number;
}

/**
 * Text of a report that is not its running copy. Mentions inside a `credit`, `link` or
 * `sign-off` are dropped (they are not reporting); those inside a headline, dateline,
 * heading or caption are kept.
 */
export type FurnitureKind =
  'headline' | 'dateline' | 'date' | 'heading' | 'caption' | 'credit' | 'link' | 'sign-off';

/** A span of page furniture in a report (offsets into its text). */
export interface Furniture {
  kind: FurnitureKind;
  start: number;
  end: number;
}

/** One of the five reports. */
export interface Report {
  /** Stable id, e.g. `afp`. */
  id: string;
  /** File name under `assets/reports/` (for maintainers; never shown to readers). */
  file: string;
  /** How readers are shown the report: its outlet or credit, e.g. "AFP". */
  source: string;
  /** The dateline as the text gives it ("ISLAMABAD/PARIS"). */
  dateline?: string;
  /** ISO date, where the text gives one. */
  date?: string;
  /** The headline as the text gives it. */
  headline?: string;
  text: string;
  /** Sentence boundaries, in order, as [start, end) pairs. */
  sentences: readonly (readonly [number, number])[];
  /** Headline, dateline, headings, credits, links and sign-offs, in text order. */
  furniture: readonly Furniture[];
}

/** A named actor or key term. */
export interface Actor {
  id: string;
  kind: ActorKind;
  name: string;
  aliases: readonly string[];
  /** One line for readers: role and affiliation, in the reports' own terms. */
  description: string;
}

/**
 * One occurrence of an actor or figure in a report, found by the engine. A figure mention
 * is an engine figure match that overlaps a curated statement of that figure.
 */
export interface Mention extends Span {
  /** Actor or figure id. */
  itemId: string;
  text: string;
  /** Index into the report's `sentences`. */
  sentence: number;
}

/** How one report states a figure. */
export interface FigureStatement extends Span {
  /** The words as the report gives them, e.g. "More than 26 countries". */
  text: string;
  value: number;
  qualifier: Qualifier;
  sentence: number;
}

/** A quantity the reports give. */
export interface Figure {
  id: string;
  /** What it counts, for readers: "countries committed to the reassurance force". */
  counts: string;
  unit: Unit;
  /** The value the reports agree on, or the most common one. */
  value: number;
  /** What says a number in a text counts this quantity, whatever its value (see FigureIdentity). */
  identity: FigureIdentity;
  /** Every statement of it, by report (in dataset report order), then by offset. */
  statements: readonly FigureStatement[];
  /**
   * `single`: only one report gives it; `agree`: every statement has the same value and
   * qualifier; `differ`: reports (or one report) state it differently.
   */
  agreement: 'single' | 'agree' | 'differ';
}

/** A quotation in a report, attributed to its speaker. */
export interface Quote extends Span {
  id: string;
  /** Actor id of the speaker, or a descriptive id such as `german-government-source`. */
  speakerId: string;
  /** How readers are shown the speaker: the actor's name, or "A German government source". */
  speaker: string;
  /** The quoted words, without the quotation marks. */
  text: string;
  sentence: number;
}

/** A point on which reports differ. */
export interface Disagreement {
  id: string;
  kind: 'figure' | 'quote' | 'spelling' | 'claim';
  /** Actor or figure ids it concerns. */
  itemIds: readonly string[];
  /** One line for readers: what differs. */
  summary: string;
  /** At least two sides, each a cited passage of a report. */
  sides: readonly (Span & { text: string; sentence: number })[];
}

/** The whole dataset, as the popup receives it. */
export interface Dataset {
  schemaVersion: number;
  reports: readonly Report[];
  actors: readonly Actor[];
  figures: readonly Figure[];
  mentions: readonly Mention[];
  quotes: readonly Quote[];
  disagreements: readonly Disagreement[];
}

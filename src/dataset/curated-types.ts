/**
 * The curated inputs of the dataset build, after their shape has been checked. Curated
 * entries cite a report by a verbatim excerpt, never by offsets; the build locates it.
 */
import type { ActorKind, FigureIdentity, Qualifier, Unit } from '../matching/types';
import type { Disagreement, FurnitureKind } from './schema';

/** The curated files, by key; each lives at `src/dataset/curated/<key>.json`. */
export const CURATED_KEYS = [
  'reports',
  'actors',
  'figures',
  'quotes',
  'disagreements',
  'ignore',
  'event',
] as const;

/** One of the curated files. */
export type CuratedKey = (typeof CURATED_KEYS)[number];

/** Where the curated files live, relative to the project root. */
export const CURATED_DIR = 'src/dataset/curated';

/** Where the reports live, relative to the project root. */
export const REPORTS_DIR = 'assets/reports';

/**
 * A passage of a report: `excerpt` must occur exactly once in the report, or exactly once
 * inside `within`, which must itself occur exactly once.
 */
export interface Citation {
  reportId: string;
  excerpt: string;
  within?: string;
}

/** reports.json: what the text says about itself, and its page furniture. */
export interface CuratedReport {
  id: string;
  file: string;
  source: string;
  date?: string;
  furniture: (Omit<Citation, 'reportId'> & { kind: FurnitureKind })[];
}

/** actors.json. `source` is the passage the description is grounded in. */
export interface CuratedActor {
  id: string;
  kind: ActorKind;
  name: string;
  aliases: string[];
  description: string;
  source: Citation;
}

/** How one report states a figure: where, and what it says. */
export interface CuratedStatement extends Citation {
  value: number;
  qualifier: Qualifier;
}

/** figures.json. */
export interface CuratedFigure {
  id: string;
  counts: string;
  unit: Unit;
  value: number;
  identity: FigureIdentity;
  statements: CuratedStatement[];
}

/** quotes.json: the quoted words (inside the marks) and who said them. */
export interface CuratedQuote extends Citation {
  id: string;
  speakerId: string;
  /** Needed when `speakerId` is not an actor ("A German government source"). */
  speaker?: string;
}

/** disagreements.json. */
export interface CuratedDisagreement {
  id: string;
  kind: Disagreement['kind'];
  itemIds: string[];
  summary: string;
  sides: Citation[];
}

/**
 * ignore.json: what the coverage check should not ask the dataset to cover. `words` are
 * capitalised words or number words ignored wherever they occur; `passages` are spans
 * whose words, numbers and quotation marks are ignored.
 */
export interface CuratedIgnore {
  id: string;
  reason: string;
  words: string[];
  passages: Citation[];
}

/**
 * event.json: the event the dataset is about (one entry): the figure that gives its date, and
 * the actor and figure ids that tie a page to it, by group (see `SummitEvent`).
 */
export interface CuratedEvent {
  id: string;
  date: string;
  ukraine: string[];
  summit: string[];
  context: string[];
}

/** All curated files, checked. */
export interface Curated {
  reports: CuratedReport[];
  actors: CuratedActor[];
  figures: CuratedFigure[];
  quotes: CuratedQuote[];
  disagreements: CuratedDisagreement[];
  ignore: CuratedIgnore[];
  event: CuratedEvent[];
}

/** One report file as read: its name under `assets/reports/` and its text. */
export interface ReportFile {
  file: string;
  text: string;
}

/** One language pack file as read: its path (as errors name it) and its parsed JSON. */
export interface PackFile {
  file: string;
  json: unknown;
}

/**
 * What the pure build takes: the report files, the parsed (unchecked) curated JSON and the
 * language packs, the reports' language first (its figure words read the reports).
 */
export interface DatasetInputs {
  reports: readonly ReportFile[];
  curated: Readonly<Record<CuratedKey, unknown>>;
  packs: readonly PackFile[];
}

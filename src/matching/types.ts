/**
 * Types shared by the matching engine and its callers, and the one list of kinds every other
 * list of kinds derives from. Offsets are UTF-16 code-unit indices into the original string
 * handed to the engine (what `String.prototype.slice` takes), `start` inclusive and `end`
 * exclusive.
 */

/**
 * Every kind of named actor in the dataset, in display order; a curated actor of another
 * kind is a dataset error.
 */
export const ACTOR_KINDS = ['person', 'country', 'organisation', 'place', 'term'] as const;

/** Kinds of named actor in the dataset. */
export type ActorKind = (typeof ACTOR_KINDS)[number];

/**
 * Every kind a highlight can have, in display order (the popup's groups, the options'
 * rows, the style sheet's rules): the actor kinds, then figures.
 */
export const ITEM_KINDS = [...ACTOR_KINDS, 'figure'] as const;

/** Every kind a highlight can have: an actor kind, or a figure. */
export type ItemKind = (typeof ITEM_KINDS)[number];

/** Whether `value` is one of ITEM_KINDS (a stored or imported key, a CSS input). */
export function isItemKind(value: unknown): value is ItemKind {
  return (ITEM_KINDS as readonly unknown[]).includes(value);
}

/** What a figure counts. Units are closed: an unknown unit is a dataset error. */
export type Unit =
  'countries' | 'leaders' | 'missiles' | 'usd' | 'eur' | 'km' | 'people' | 'years' | 'date';

/** How a text qualifies a number ("more than 26", "around 30"). `exact` when unqualified. */
export type Qualifier = 'exact' | 'more-than' | 'at-least' | 'about' | 'nearly' | 'less-than';

/** How a figure found in a text compares with the dataset's figures. */
export type FigureStatus = 'agrees' | 'disputed' | 'unknown';

/** One actor the engine should find, with every alias a page might use. */
export interface AliasEntry {
  id: string;
  kind: ActorKind;
  aliases: readonly string[];
}

/**
 * What tells a number in a text is one particular figure of the dataset, whatever its value:
 * the thing counted and the words around it. Words match at a word start, case- and
 * accent-insensitively ("commit" matches "committed"); phrases match as written.
 */
export interface FigureIdentity {
  /**
   * Groups of cue words: every group needs a word bound to the number ("pledged" for the 26
   * countries; "attended" for the 35 leaders). A word is bound to the number it is nearest
   * to (in its own clause first), among the numbers of its sentence that could count the
   * same thing.
   */
  cues: readonly (readonly string[])[];
  /** The counted nouns the number must be read with ("countries", "nations"); any when absent. */
  nouns?: readonly string[];
  /**
   * Words allowed between the number and its noun ("ERAM", "long-range"). Any other modifier
   * names a part of the quantity ("six European leaders"), so the number is not this figure.
   */
  modifiers?: readonly string[];
  /**
   * Whole words that, bound to the number within its clause, say it counts something else
   * ("in person", "ruled out").
   */
  excludes?: readonly string[];
}

/** A figure of the dataset as the engine needs it to classify a number found in a page. */
export interface FigureRef extends FigureIdentity {
  id: string;
  unit: Unit;
  value: number;
  /**
   * Only one report gives it, and only approximately ("around 30 countries", "almost three and
   * a half years"): a page's other value may be the same rough count, so it is never said to
   * differ. A bound ("more than 24") is not approximate: a value outside it still differs.
   */
  approximate?: boolean;
}

/** An actor alias found in a text. */
export interface ActorMatch {
  kind: ActorKind;
  id: string;
  start: number;
  end: number;
  /** The matched text exactly as it appears (without a possessive suffix). */
  text: string;
}

/** A figure found in a text, normalised. */
export interface FigureMatch {
  kind: 'figure';
  start: number;
  end: number;
  text: string;
  /** Normalised value: 26 for "twenty-six", 825000000 for "$825 million", a date as yyyymmdd. */
  value: number;
  unit: Unit;
  qualifier: Qualifier;
  /** The dataset figure this number speaks about, when one could be told. */
  figureId?: string;
  /** `id` of a FigureMatch is its dataset figure id, or `figure:<unit>:<value>` when unknown. */
  id: string;
  status: FigureStatus;
}

/** Anything the engine finds. */
export type Match = ActorMatch | FigureMatch;

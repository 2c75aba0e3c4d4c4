import { classifyFigure } from './classify-figure';
import { createActorFinder } from './find-actors';
import { findFigures, type FigureFound, type FigureReading } from './find-figures';
import { mergeMatches } from './merge-matches';
import { normalize } from './normalize';
import { figureSentence } from './figure-sentence';
import { compileFigureWords, type FigureLanguage } from './figure-language';
import { isAcronym } from './alias-table';
import type { AliasEntry, FigureMatch, FigureRef, Match } from './types';
import type { MatcherData } from './matcher-data';
import type { LanguageData } from './language-data';

/** Finds every actor and figure of the dataset in a text. Callable, or through `.scan`. */
export interface Scanner {
  (text: string): Match[];
  scan(text: string): Match[];
}

/** How a scanner reads its texts. */
export interface ScannerOptions {
  /** Drop figures with no verdict (see `isShown`). */
  shownOnly?: boolean;
  /**
   * Whether a line break ends a sentence: yes in plain text (the reports), no in a web
   * page's collected text, where line breaks are the HTML source's whitespace.
   */
  lineBreaks?: boolean;
  /**
   * The text's language (a pack's `lang`): its own names of the actors join the reports'
   * (read-pack.ts), and figures are read only where the pack says the engine reads them.
   * Default, or a language with no pack in `data`: the first pack's, the reports' language.
   */
  language?: string;
}

/**
 * Builds the matcher for `data` once (the alias automaton; O(total alias length)) and
 * returns a scanner. `scan(text)` returns actor and figure matches sorted by start,
 * non-overlapping (an overlapping actor and figure: the longer wins, the actor on a tie),
 * offsets into `text`. Each scan is O(n + matches): one normalisation pass, one automaton
 * pass, one figure pass; each figure is classified against its sentence (see
 * `classifyFigure`). With `shownOnly`, figures with no verdict are dropped before merging
 * (see `isShown`), so they never hide an actor they overlap. Pure: the scanner keeps no
 * state between scans.
 */
export function createScanner(
  data: Omit<MatcherData, 'event'>,
  { shownOnly = false, lineBreaks = true, language }: ScannerOptions = {},
): Scanner {
  const pack = data.languages.find((each) => each.lang === language) ?? data.languages[0];
  const findActors = createActorFinder(pack ? withLanguage(data.actors, pack) : data.actors, {
    longerNames: pack?.longerNames ?? true,
  });
  const reading = figureReading(pack);
  const figureRefs = pack?.identities
    ? withIdentities(data.figures, pack.identities)
    : data.figures;
  const scan = (text: string): Match[] => {
    const norm = normalize(text);
    const found = reading ? findFigures(norm, reading) : [];
    const all = found.map((figure) =>
      toFigureMatch(figure, text, figureRefs, found, lineBreaks, reading?.language),
    );
    const figures = shownOnly ? all.filter(isShown) : all;
    return mergeMatches(findActors(norm), figures);
  };
  return Object.assign(scan, { scan });
}

/**
 * Whether a match is shown to readers: every actor, and the figures the engine could tell
 * for one of the dataset's (agreeing or disputed). A number it could not attribute has no
 * verdict and nothing in the reports to trace it to, so it is not highlighted or listed.
 */
export function isShown(match: Match): boolean {
  return match.kind !== 'figure' || match.status !== 'unknown';
}

/**
 * Classifies a found figure against `figures` in the sentence around it, where `others`
 * (the figures found in `text`) are the numbers its cue words might bind to instead;
 * `lineBreaks` as for `ScannerOptions`; `language`, the text's figure words (none: its
 * numerals alone are rivals).
 */
export function toFigureMatch(
  found: FigureFound,
  text: string,
  figures: readonly FigureRef[],
  others: readonly FigureFound[] = [found],
  lineBreaks = true,
  language?: FigureLanguage,
): FigureMatch {
  const sentence = figureSentence(text, found, others, lineBreaks, language);
  const { status, figureId } = classifyFigure(found, sentence, figures);
  const id = figureId ?? `figure:${found.unit}:${found.value}`;
  const { start, end, text: said, value, unit, qualifier } = found;
  const figure = { kind: 'figure' as const, start, end, text: said, value, unit, qualifier };
  return { ...figure, id, status, ...(figureId === undefined ? {} : { figureId }) };
}

/**
 * The dataset's actors with a language's own names of them added, every name (but an
 * acronym) also with the language's endings ("Putins", "Selenskyjs").
 */
function withLanguage(actors: readonly AliasEntry[], pack: LanguageData): AliasEntry[] {
  const own = new Map(pack.aliases.map((entry) => [entry.id, entry.aliases]));
  const ended = (alias: string) =>
    isAcronym(alias) ? [alias] : [alias, ...pack.suffixes.map((suffix) => alias + suffix)];
  return actors.map((actor) => ({
    ...actor,
    aliases: [...actor.aliases, ...(own.get(actor.id) ?? [])].flatMap(ended),
  }));
}

/**
 * The dataset's figures as a language tells them: each field its pack gives for a figure
 * (nouns, modifiers, cues, excludes) replaces the reports' English one.
 */
function withIdentities(
  figures: readonly FigureRef[],
  identities: NonNullable<LanguageData['identities']>,
): FigureRef[] {
  return figures.map((figure) => ({ ...figure, ...identities[figure.id] }));
}

/**
 * What figures the engine reads in a language: all of them, in its pack's words, where the
 * pack gives its figure words; only dates where it gives its date words alone; else none.
 */
export function figureReading(pack: LanguageData | undefined): FigureReading | undefined {
  const dates = pack?.dates && {
    months: new Map(pack.dates.months),
    capitalised: pack.dates.capitalised,
    daySuffixes: pack.dates.daySuffixes,
    monthFirst: pack.dates.monthFirst,
  };
  if (pack?.figures && pack.numbers) {
    const months = pack.dates?.months.map(([word]) => word) ?? [];
    return { language: compileFigureWords(pack.numbers, months), ...(dates ? { dates } : {}) };
  }
  return dates ? { datesOnly: true, dates } : undefined;
}

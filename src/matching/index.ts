/**
 * The matching engine's public API: pure functions from strings to matches (no DOM, no
 * browser). Offsets are UTF-16 indices into the string passed in.
 */
export type * from './types';
export type * from './matcher-data';
export type * from './language-data';
export {
  createScanner,
  figureReading,
  isShown,
  toFigureMatch,
  type Scanner,
  type ScannerOptions,
} from './scan';
export { classifyFigure, type FigureClass } from './classify-figure';
export { isConsistent } from './consistent-value';
export { findFigures, type FigureFound, type FigureReading } from './find-figures';
export { createActorFinder } from './find-actors';
export { normalize, originalEnd, originalStart, type NormalizedText } from './normalize';
export { splitSentences, sentenceAround } from './sentences';
export { findQuotations, type Quotation } from './quotations';

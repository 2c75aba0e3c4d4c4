/**
 * The English number words the figure parser knows: cardinals up to ninety-nine, and the
 * multipliers that build bigger numbers. Ordinals ("fourth") and vague plurals ("dozens",
 * "thousands of") are deliberately absent: they do not state a figure.
 */

const ONES = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
];
const TENS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

/** Word -> value for zero..nineteen. */
export const SMALL_NUMBERS: ReadonlyMap<string, number> = new Map(ONES.map((w, i) => [w, i]));

/** Word -> value for twenty..ninety. */
export const TENS_NUMBERS: ReadonlyMap<string, number> = new Map(
  TENS.map((w, i) => [w, (i + 2) * 10]),
);

/** Multipliers that close a group ("two thousand", "1.1 billion"). */
export const SCALES: ReadonlyMap<string, number> = new Map([
  ['thousand', 1e3],
  ['million', 1e6],
  ['billion', 1e9],
  ['trillion', 1e12],
]);

/** Abbreviated scales, only read glued to a money amount ("$825m", "€1.1bn"). */
export const SCALE_ABBREVIATIONS: ReadonlyMap<string, number> = new Map([
  ['k', 1e3],
  ['m', 1e6],
  ['mn', 1e6],
  ['bn', 1e9],
  ['tn', 1e12],
]);

/** Every word that can start a written number, for the figure scanner's trigger. */
export const NUMBER_WORD_LIST: readonly string[] = [...ONES, ...TENS];

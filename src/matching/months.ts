const NAMES = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

/** English month names and abbreviations (lowercase) -> month number. */
export const MONTHS: ReadonlyMap<string, number> = new Map([
  ...NAMES.map((name, i): [string, number] => [name, i + 1]),
  ...NAMES.map((name, i): [string, number] => [name.slice(0, 3), i + 1]),
  ['sept', 9],
]);

/**
 * The month number (1-12) of an English month name or abbreviation in lowercase
 * ("september", "sep", "sept"), else undefined. "may" is only the full name.
 */
export function monthNumber(word: string): number | undefined {
  return MONTHS.get(word);
}

/** Every month word, for the figure scanner's trigger. */
export const MONTH_WORD_LIST: readonly string[] = [...MONTHS.keys()];

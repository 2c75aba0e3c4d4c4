import type { Qualifier, Unit } from './types';

// How far a qualified number may sit from the dataset's value and still agree with it.
// Reporters round: "more than 26" is written for 26, "over two dozen" for 26, "around 30"
// for 30; "more than 2" is not a fair way to write 26, hence the upper bounds.
const ABOUT_TOLERANCE = 0.1;
const OPEN_RANGE = 1.5;

/**
 * Whether a number a text states (`value`, qualified by `qualifier`) is consistent with
 * the dataset's `expected`:
 * - exact: equal (to 1e-9 relative);
 * - more-than / at-least: expected in [value, 1.5 × value] ("more than 26" agrees with 26:
 *   reporters write it for the counted figure itself);
 * - less-than: expected in [value / 1.5, value];
 * - about: within 10 % of value (at least ±1);
 * - nearly: expected in [value − 10 % (at least 1), value];
 * - dates (yyyymmdd): equal, a 0 year or day on either side matching any ("Sep 4" agrees
 *   with 20250904; "24 February 2022" with the reports' February 2022, which names no day).
 */
export function isConsistent(
  unit: Unit,
  qualifier: Qualifier,
  value: number,
  expected: number,
): boolean {
  if (unit === 'date') return sameDate(value, expected);
  const slack = Math.max(Math.abs(value) * ABOUT_TOLERANCE, 1);
  switch (qualifier) {
    case 'exact':
      return Math.abs(expected - value) <= Math.abs(value) * 1e-9;
    case 'more-than':
    case 'at-least':
      return expected >= value && expected <= value * OPEN_RANGE;
    case 'less-than':
      return expected <= value && expected >= value / OPEN_RANGE;
    case 'about':
      return Math.abs(expected - value) <= slack;
    case 'nearly':
      return expected <= value && expected >= value - slack;
  }
}

function sameDate(value: number, expected: number): boolean {
  const part = (date: number, unit: number, size: number) => Math.floor(date / unit) % size;
  const either = (a: number, b: number) => a === 0 || b === 0 || a === b;
  return (
    part(value, 100, 100) === part(expected, 100, 100) &&
    either(part(value, 10000, 100000), part(expected, 10000, 100000)) &&
    either(part(value, 1, 100), part(expected, 1, 100))
  );
}

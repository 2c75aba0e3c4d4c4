import { describe, expect, it } from 'vitest';
import { isConsistent } from '../../../src/matching/consistent-value';
import type { Qualifier, Unit } from '../../../src/matching/types';

describe('isConsistent', () => {
  it.each<[Unit, Qualifier, number, number, boolean]>([
    ['countries', 'exact', 26, 26, true],
    ['countries', 'exact', 31, 26, false],
    ['eur', 'exact', 1100000000, 1100000000, true],
    ['countries', 'more-than', 26, 26, true],
    ['countries', 'more-than', 24, 26, true],
    ['countries', 'more-than', 2, 26, false],
    ['countries', 'more-than', 30, 26, false],
    ['leaders', 'at-least', 35, 35, true],
    ['leaders', 'at-least', 40, 35, false],
    ['countries', 'about', 30, 30, true],
    ['countries', 'about', 30, 32, true],
    ['countries', 'about', 30, 26, false],
    ['people', 'about', 2, 3, true],
    ['countries', 'nearly', 30, 29, true],
    ['countries', 'nearly', 30, 31, false],
    ['years', 'nearly', 3.5, 3.5, true],
    ['countries', 'less-than', 30, 26, true],
    ['countries', 'less-than', 26, 30, false],
    ['date', 'exact', 20250904, 20250904, true],
    ['date', 'exact', 904, 20250904, true],
    ['date', 'exact', 902, 20250904, false],
    ['date', 'exact', 20250900, 20250904, true],
    ['date', 'exact', 20240904, 20250904, false],
    ['date', 'exact', 20220224, 20220200, true],
    ['date', 'exact', 20220324, 20220200, false],
  ])('%s %s %d vs %d -> %s', (unit, qualifier, value, expected, result) => {
    expect(isConsistent(unit, qualifier, value, expected)).toBe(result);
  });
});

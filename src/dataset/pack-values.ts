/** The value checks the pack readers share (read-figure-words.ts, read-number-grammar.ts). */

/** Reports a fault of a pack: the entry and the reason (a DatasetError, see read-pack.ts). */
export type Fail = (entry: string, reason: string) => never;
/** A list of non-empty strings, else a fault; `empty` allows an empty list. */
export type Strings = (name: string, value: unknown, empty?: boolean) => string[];

/** `value` as an object, else a fault. */
export function record(name: string, value: unknown, fail: Fail): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return fail(name, 'must be an object');
  }
  return value as Record<string, unknown>;
}

/** `value` as words to numbers (0 or more), else a fault; `empty` allows none. */
export function numberRecord(
  name: string,
  value: unknown,
  fail: Fail,
  empty = false,
): Record<string, number> {
  const entries = Object.entries(record(name, value, fail));
  if (!empty && entries.length === 0) fail(name, 'must not be empty');
  for (const [word, n] of entries) {
    if (word.trim() === '') fail(name, 'has an empty word');
    if (typeof n !== 'number' || !Number.isFinite(n) || n < 0) {
      fail(`${name}.${word}`, 'must be a number, 0 or more');
    }
  }
  return Object.fromEntries(entries) as Record<string, number>;
}

import type { Qualifier } from '../matching/types';

/** One way the reports state a figure: a value with its qualifier, and who gives it. */
export interface ValueGroup {
  value: number;
  qualifier: Qualifier;
  /** The reports giving it, in the order first met (ids), without repeats. */
  reportIds: string[];
  /** Their words for it, as printed, without repeats. */
  wordings: string[];
}

/** A statement of a figure as grouping reads it. */
export interface GroupedStatement {
  reportId: string;
  text: string;
  value: number;
  qualifier: Qualifier;
}

/**
 * The reports' statements of one figure grouped by what they say (value and qualifier), the
 * value most reports give first (first met on a tie): "26, in 5 reports; more than 24, in 3".
 */
export function groupValues(statements: readonly GroupedStatement[]): ValueGroup[] {
  const groups = new Map<string, ValueGroup>();
  for (const { reportId, text, value, qualifier } of statements) {
    const key = `${qualifier} ${value}`;
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { value, qualifier, reportIds: [], wordings: [] }));
    if (!group.reportIds.includes(reportId)) group.reportIds.push(reportId);
    if (!group.wordings.includes(text)) group.wordings.push(text);
  }
  return [...groups.values()]
    .map((group, order) => ({ group, order }))
    .sort((a, b) => b.group.reportIds.length - a.group.reportIds.length || a.order - b.order)
    .map(({ group }) => group);
}

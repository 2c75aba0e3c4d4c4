import type { HighlightApi } from '@/src/highlight/painted/highlight-api';
import type { HighlightNames } from '@/src/style/highlight-names';

/** A stand-in for one `Highlight`: the set of its ranges and its priority. */
export class FakeHighlight extends Set<AbstractRange> {
  priority = 0;
  type = 'highlight';
}

/** The CSS Custom Highlight API for happy-dom, which has none: a registry anyone can read. */
export function fakeHighlightApi(): HighlightApi & { registry: Map<string, FakeHighlight> } {
  const registry = new Map<string, FakeHighlight>();
  return {
    registry,
    create: () => new FakeHighlight() as unknown as Highlight,
  } as HighlightApi & { registry: Map<string, FakeHighlight> };
}

/** What a fake registry paints: per highlight name, the text of each of its ranges. */
export function paintedTexts(registry: Map<string, FakeHighlight>): Record<string, string[]> {
  return Object.fromEntries(
    [...registry].map(([name, ranges]) => [name, [...ranges].map((range) => String(range))]),
  );
}

/**
 * Highlight names a test can read (`person`, `person-again`, `figure-disputed`, `current`),
 * standing in for the random ones a page load gets.
 */
export const readableNames: HighlightNames = {
  of: (kind, status, light = false) =>
    `${kind}${kind === 'figure' ? `-${status ?? 'agrees'}` : ''}${light ? '-again' : ''}`,
  current: 'current',
};

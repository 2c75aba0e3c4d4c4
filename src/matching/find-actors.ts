import { buildAliasTable } from './alias-table';
import { buildAutomaton } from './automaton';
import { searchAutomaton } from './automaton-search';
import { isWordChar } from './char-classes';
import { leftmostLongest } from './leftmost-longest';
import { insideLongerName } from './longer-name';
import { originalEnd, originalStart, type NormalizedText } from './normalize';
import type { ActorMatch, AliasEntry } from './types';

/**
 * Builds, once, a finder for every alias of `actors`. The finder makes one Aho–Corasick
 * pass over the folded lowercase text, O(n + total alias length + matches), then keeps an
 * occurrence only if:
 * - no letter or digit touches it on either side ("Merz" not in "Merzig", "U.S." not in
 *   "U.S.A."); punctuation does not count, so "Macron's" and "Zelenskyy’s" match the name
 *   alone and "Merz-led" matches "Merz";
 * - an acronym alias appears in exactly its case ("US", never "us");
 * then picks leftmost-longest non-overlapping occurrences and drops those that are only part
 * of a longer name ("Paris" in "Paris Saint-Germain", see `insideLongerName`), unless
 * `longerNames` is off (a language that capitalises every noun). Offsets and `text` refer
 * to the original string; a name broken by a line break or soft hyphen keeps it in `text`.
 */
export function createActorFinder(
  actors: readonly AliasEntry[],
  { longerNames = true }: { longerNames?: boolean } = {},
): (norm: NormalizedText) => ActorMatch[] {
  const table = buildAliasTable(actors);
  const automaton = buildAutomaton(table.patterns);
  return (norm) => {
    const { text, lower } = norm;
    const starts: number[] = [];
    const ends: number[] = [];
    const owners: number[] = [];
    searchAutomaton(automaton, lower, (pattern, end) => {
      const start = end - (automaton.patternLengths[pattern] ?? 0);
      if (start > 0 && isWordChar(lower.charCodeAt(start - 1))) return;
      if (end < lower.length && isWordChar(lower.charCodeAt(end))) return;
      const variant = table.variants[pattern]?.find(
        (v) => v.exact === null || text.startsWith(v.exact, start),
      );
      if (variant === undefined) return;
      starts.push(start);
      ends.push(end);
      owners.push(variant.actor);
    });
    const nameStarts = new Set(starts.map((start) => originalStart(norm, start)));
    const isName = (at: number) => nameStarts.has(at);
    const found: ActorMatch[] = [];
    for (const i of leftmostLongest(starts, ends)) {
      const actor = actors[owners[i] ?? 0] as AliasEntry;
      const start = originalStart(norm, starts[i] ?? 0);
      const end = originalEnd(norm, ends[i] ?? 0);
      if (longerNames && insideLongerName(norm.original, start, end, isName)) continue;
      found.push({
        kind: actor.kind,
        id: actor.id,
        start,
        end,
        text: norm.original.slice(start, end),
      });
    }
    return found;
  };
}

import { isLower, isUpper } from './char-classes';
import { inflections } from './inflections';
import { foldNormalized } from './fold';
import { normalize } from './normalize';
import type { AliasEntry } from './types';

/** One way an automaton pattern can be accepted as an actor. */
export interface AliasVariant {
  /** Index into the actor list. */
  actor: number;
  /** For acronyms, the folded alias the text must equal exactly (case included); else null. */
  exact: string | null;
}

/** Distinct folded lowercase aliases, and for each the actors it may stand for. */
export interface AliasTable {
  patterns: string[];
  variants: AliasVariant[][];
}

/**
 * Folds every alias and its inflections (see `inflections`) like page text (see `normalize`)
 * and groups them by lowercase form.
 * An alias with an uppercase letter and no lowercase one ("US", "NATO", "U.S.") is an
 * acronym and matches only in exactly that case, so "us" is never the United States; any
 * other alias matches in any case. When several actors share a folded alias, the one listed
 * first wins. Blank aliases are skipped.
 */
export function buildAliasTable(actors: readonly AliasEntry[]): AliasTable {
  const byPattern = new Map<string, AliasVariant[]>();
  actors.forEach((entry, actor) => {
    for (const alias of entry.aliases.flatMap(inflections)) {
      // One normalisation for both: the alias as written, and folded (fold.ts) as its pattern.
      const normalized = normalize(alias);
      const folded = normalized.text.trim();
      if (folded.length === 0) continue;
      const pattern = foldNormalized(normalized);
      const variants = byPattern.get(pattern) ?? [];
      variants.push({ actor, exact: isAcronym(folded) ? folded : null });
      byPattern.set(pattern, variants);
    }
  });
  return { patterns: [...byPattern.keys()], variants: [...byPattern.values()] };
}

/** True when `alias` has an uppercase letter and no lowercase letter. */
export function isAcronym(alias: string): boolean {
  let upper = false;
  for (let i = 0; i < alias.length; i++) {
    const code = alias.charCodeAt(i);
    if (isLower(code)) return false;
    if (isUpper(code)) upper = true;
  }
  return upper;
}

/**
 * One RegExp source matching any alias as a whole word (no letter or digit on either side),
 * longest alias first so that "Emmanuel Macron" wins over "Macron". Used by the mark.js
 * "best" baseline and the bare painter. Flags: `gu`.
 */
export function aliasRegExpSource(aliases: readonly string[]): string {
  const escaped = [...new Set(aliases)]
    .sort((a, b) => b.length - a.length || a.localeCompare(b))
    .map((alias) => alias.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return `(?<![\\p{L}\\p{N}])(?:${escaped.join('|')})(?![\\p{L}\\p{N}])`;
}

/** Flags for aliasRegExpSource. */
export const ALIAS_REGEXP_FLAGS = 'gu';

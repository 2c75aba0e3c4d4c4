/**
 * The gate's test (src/reading/relevance.ts) as a regex source: every pack's `gate` stems,
 * each once, in pack order ("ukrain|zelens|kyiv|kiev|selensk|..."), matched in any case.
 * Stems are lowercase letters (read-pack.ts checks them), so none needs escaping. A page
 * whose text has none of them never names Ukraine in a language a pack reads.
 */
export function gatePattern(stems: readonly (readonly string[])[]): string {
  return [...new Set(stems.flat())].join('|');
}

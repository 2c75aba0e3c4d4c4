import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** Where the saved real pages are, beside the checkout (`SUMMIT_REALPAGES` overrides). */
export const REALPAGES_DIR = path.resolve(process.env.SUMMIT_REALPAGES ?? '../shared/realpages');

/** Whether the real-page corpus is present (it is test data kept outside the repository). */
export const hasRealPages = existsSync(path.join(REALPAGES_DIR, 'INDEX.tsv'));

/** The charset a page declares in a <meta>, lower-cased ('utf-8' when none is declared). */
export function declaredCharset(file: string): string {
  const head = readFileSync(file, 'latin1').slice(0, 4096);
  const found = /<meta[^>]+charset=["']?([\w-]+)/i.exec(head);
  return (found?.[1] ?? 'utf-8').toLowerCase();
}

/**
 * Up to `count` UTF-8 pages of the corpus that name actors of the dataset without being
 * about the summit (Ukraine, Trump, Putin, Macron, NATO in other stories), in file order:
 * the hardest negatives for the relevance check.
 */
export function namedNegativePages(count: number): string[] {
  const names = /ukrain|zelens|kyiv|putin|trump|macron|\bnato\b/i;
  return readFileSync(path.join(REALPAGES_DIR, 'INDEX.tsv'), 'utf8')
    .split('\n')
    .slice(1)
    .map((line) => line.split('\t')[1])
    .filter((file): file is string => file !== undefined && file.endsWith('.html'))
    .sort()
    .filter((file) => {
      const full = path.join(REALPAGES_DIR, file);
      return (
        declaredCharset(full).replace('utf8', 'utf-8') === 'utf-8' &&
        names.test(readFileSync(full, 'utf8'))
      );
    })
    .slice(0, count);
}

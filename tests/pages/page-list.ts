import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** One saved page and how to serve it. */
export interface SavedPage {
  file: string;
  /** The charset the page declares in a `<meta>` (lower case), if any. */
  declared?: string;
  /** The charset sent in Content-Type (see servedCharset). */
  charset: string;
}

/**
 * The pages of `dir`: the `file` column of its INDEX.tsv when there is one, else every
 * `.html` file, in that order. Each comes with the charset it is served with.
 */
export function listPages(dir: string): SavedPage[] {
  const index = path.join(dir, 'INDEX.tsv');
  const files = existsSync(index)
    ? readFileSync(index, 'utf8')
        .split('\n')
        .slice(1)
        .map((line) => line.split('\t')[1] ?? '')
        .filter((file) => file.endsWith('.html'))
    : readdirSync(dir)
        .filter((file) => file.endsWith('.html'))
        .sort();
  return files.map((file) => {
    const bytes = readFileSync(path.join(dir, file));
    const declared = declaredCharset(bytes);
    return { file, declared, charset: servedCharset(bytes, declared) };
  });
}

/** The charset of the first `<meta charset>` or `<meta http-equiv content|value="…charset=">`. */
export function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = Buffer.from(bytes.subarray(0, 64 * 1024)).toString('latin1');
  for (const meta of head.match(/<meta\b[^>]*>/gi) ?? []) {
    const found = /charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(meta);
    if (found) return found[1]!.toLowerCase();
  }
  return undefined;
}

/**
 * What to send as the charset: the declared one, unless the bytes contain non-ASCII that
 * is valid UTF-8 while the page declares something else. Some saved pages were re-encoded
 * to UTF-8 but kept their old `<meta charset=shift_jis>`; sending the declaration would turn
 * their text to mojibake, which no real visitor saw. ASCII-only pages keep their declared
 * legacy charset, so the document really is decoded as (and reports) Shift_JIS, EUC-JP…
 */
export function servedCharset(bytes: Uint8Array, declared: string | undefined): string {
  if (!declared || declared === 'utf-8' || declared === 'utf8') return 'utf-8';
  const ascii = bytes.every((byte) => byte < 0x80);
  if (ascii) return declared;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return 'utf-8';
  } catch {
    return declared;
  }
}

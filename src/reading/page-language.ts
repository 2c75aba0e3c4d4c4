/** What a page's language is, as far as the highlighter is concerned. */
export type PageLanguage =
  | { lang: string; read: true; declared: boolean }
  /** The page says it is in a language no pack reads: it is left alone. */
  | { lang: string; read: false; declared: true };

/** The languages the engine reads, each with its common words (a pack's `detect`). */
export interface KnownLanguage {
  lang: string;
  detect: readonly string[];
}

/** Characters of the page's text weighed when it does not say its language. */
const SAMPLE = 4_000;

/** Fewest common words the best language must show before the text is taken to be in it. */
const MIN_HITS = 8;

/** The primary subtag of a language tag, lowercase ("fr" of "fr-CA"); undefined if none. */
function primary(tag: string | null | undefined): string | undefined {
  const subtag = tag
    ?.trim()
    .split(/[-_,;\s]/)[0]
    ?.toLowerCase();
  return subtag && /^[a-z]{2,3}$/.test(subtag) ? subtag : undefined;
}

/**
 * The language of `doc`: what it declares (the root's `lang`, else a `Content-Language` meta
 * tag), read when one of `known` is that language and left alone when none is; when it
 * declares nothing, the one of `known` whose common words are most frequent in the first
 * few thousand characters of `text` (at least MIN_HITS of them, and more than any other's),
 * else the first of `known` (English: the reports' language, as before language packs).
 */
export function pageLanguage(
  doc: Document,
  text: string,
  known: readonly KnownLanguage[],
): PageLanguage {
  const meta = [...doc.querySelectorAll('meta[http-equiv]')]
    .find((tag) => tag.getAttribute('http-equiv')?.toLowerCase() === 'content-language')
    ?.getAttribute('content');
  const declared = primary(doc.documentElement.getAttribute('lang')) ?? primary(meta);
  if (declared !== undefined) {
    const read = known.some((language) => language.lang === declared);
    return read
      ? { lang: declared, read: true, declared: true }
      : { lang: declared, read: false, declared: true };
  }
  const words = new Map<string, number>();
  for (const word of text
    .slice(0, SAMPLE)
    .toLowerCase()
    .split(/[^\p{L}]+/u)) {
    if (word) words.set(word, (words.get(word) ?? 0) + 1);
  }
  const scores = known.map((language) => ({
    lang: language.lang,
    hits: language.detect.reduce((sum, word) => sum + (words.get(word) ?? 0), 0),
  }));
  const [best, second] = [...scores].sort((a, b) => b.hits - a.hits);
  const clear = best && best.hits >= MIN_HITS && best.hits > (second?.hits ?? 0);
  return { lang: clear ? best.lang : (known[0]?.lang ?? 'en'), read: true, declared: false };
}

import { fillerSentence } from './sentences';
import { pick, seededRandom } from './random';

/** How to generate a long article. */
export interface ArticleOptions {
  /** Words to reach (the article stops at the first paragraph past it). */
  words: number;
  /** The summit-dense sentences to mix in (see reportSentences). */
  dense: readonly string[];
  /** Share of sentences drawn from `dense`; the rest is filler prose. Default 0.3. */
  density?: number;
  seed?: number;
}

/**
 * The paragraphs of a long article about the summit: the first paragraph is report text
 * (so the page is clearly on topic), the rest mixes report sentences (about 30%, which gives
 * roughly 3–4 names or figures per 100 words, like long-form summit coverage) with filler prose.
 */
export function articleParagraphs(options: ArticleOptions): string[] {
  const random = seededRandom(options.seed ?? 4092025);
  const density = options.density ?? 0.3;
  const paragraphs = [options.dense.slice(0, 4).join(' ')];
  let words = paragraphs[0]!.split(/\s+/).length;
  while (words < options.words) {
    const sentences: string[] = [];
    const count = 3 + Math.floor(random() * 4);
    for (let i = 0; i < count; i++) {
      sentences.push(random() < density ? pick(options.dense, random) : fillerSentence(random));
    }
    const paragraph = sentences.join(' ');
    paragraphs.push(paragraph);
    words += paragraph.split(/\s+/).length;
  }
  return paragraphs;
}

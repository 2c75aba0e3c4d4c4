import { fillerSentence } from './sentences';
import { seededRandom } from './random';

const UKRAINE_ASIDES = [
  'Grain exports from Ukraine were cited as one reason for the fall in wheat prices.',
  'Donald Trump said tariffs on steel would stay in place, and Vladimir Putin did not comment.',
  'Traders said the war in Ukraine still weighed on gas prices in Europe.',
];

/**
 * Paragraphs of an article that is not about the summit, about `bytes` of text. With
 * `mentionsUkraine`, a few asides name Ukraine, Trump and Putin, so the page passes the
 * cheap gate and pays for the full scan and the relevance check (and must still be left
 * untouched).
 */
export function unrelatedParagraphs(bytes: number, mentionsUkraine: boolean): string[] {
  const random = seededRandom(100);
  const paragraphs: string[] = [];
  let size = 0;
  while (size < bytes) {
    const count = 4 + Math.floor(random() * 3);
    const sentences = Array.from({ length: count }, () => fillerSentence(random));
    if (mentionsUkraine && paragraphs.length % 40 === 5) {
      sentences.push(UKRAINE_ASIDES[((paragraphs.length / 40) % UKRAINE_ASIDES.length) | 0]!);
    }
    const paragraph = sentences.join(' ');
    paragraphs.push(paragraph);
    size += paragraph.length + 1;
  }
  return paragraphs;
}

import type { CuratedQuote } from './curated-types';
import { DatasetError } from './dataset-error';
import type { Locate } from './locate';
import { curatedFile } from './read-curated';
import type { Actor, Quote, Report } from './schema';

// Opening and closing marks the reports use, straight and curly, single and double.
const MARKS = `"'“”‘’«»`;

/**
 * Locates each curated quotation and attributes it. The excerpt must be the quoted words
 * with the marks just outside it (spaces aside), so a paraphrase cannot pass for a quote.
 * The speaker is an actor, or a described speaker with a `speaker` line for readers.
 */
export function buildQuotes(
  curated: readonly CuratedQuote[],
  actors: readonly Actor[],
  reports: readonly Report[],
  locate: Locate,
): Quote[] {
  const file = curatedFile('quotes');
  const names = new Map(actors.map((actor) => [actor.id, actor.name]));
  const texts = new Map(reports.map((report) => [report.id, report.text]));
  return curated.map((quote, i) => {
    const label = `entry ${i} (id "${quote.id}")`;
    const at = locate(file, label, quote);
    const text = texts.get(quote.reportId) ?? '';
    if (!MARKS.includes(before(text, at.start)) || !MARKS.includes(after(text, at.end))) {
      throw new DatasetError(file, label, 'excerpt is not enclosed in quotation marks');
    }
    if (quote.speaker !== undefined && names.has(quote.speakerId)) {
      throw new DatasetError(file, label, `"speaker" is only for speakers that are not actors`);
    }
    const speaker = quote.speaker ?? names.get(quote.speakerId);
    if (speaker === undefined) {
      throw new DatasetError(
        file,
        label,
        `speaker "${quote.speakerId}" is not an actor; give a "speaker" line for readers`,
      );
    }
    const { id, speakerId } = quote;
    return { id, speakerId, speaker, ...at };
  });
}

function before(text: string, start: number): string {
  let i = start - 1;
  while (i >= 0 && /\s/.test(text[i] ?? '')) i--;
  return text[i] ?? '';
}

function after(text: string, end: number): string {
  let i = end;
  while (i < text.length && /\s/.test(text[i] ?? '')) i++;
  return text[i] ?? '';
}

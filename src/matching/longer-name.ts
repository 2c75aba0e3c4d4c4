import { isLetter, isUpper } from './char-classes';

/**
 * Capitalised words that may follow a name without making a longer one: titles and offices
 * ("US President", "EU Commission"), administrative units ("Chernihiv Oblast"), days and
 * months, written out or cut short ("in Paris Thursday", "in Paris Sept. 4"). English; a
 * language pack will carry its own.
 */
const NOT_A_CONTINUATION = new Set([
  ...`president presidents prime minister ministers ministry foreign defence defense secretary
   secretary-general chancellor ambassador envoy embassy army forces navy government
   parliament senate congress treasury commission commissioner council chief spokesman
   spokeswoman spokesperson deputy vice special representative leader leaders officials
   administration summit talks oblast region province district county monday tuesday
   wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat
   sun january february march april may june july august september october november december
   jan feb mar apr jun jul aug sep sept oct nov dec`.split(/\s+/),
]);

/** A word of `text` starting at `at`: its end and whether it is capitalised. */
function wordAt(text: string, at: number): { end: number; capital: boolean } | undefined {
  if (!isLetter(text.charCodeAt(at))) return undefined;
  let end = at;
  while (end < text.length && (isLetter(text.charCodeAt(end)) || text[end] === '-')) end += 1;
  return { end, capital: isUpper(text.charCodeAt(at)) };
}

/** The word before offset `at` (one space before it), if any. */
function wordBefore(text: string, at: number): { start: number; capital: boolean } | undefined {
  if (text[at - 1] !== ' ') return undefined;
  let start = at - 1;
  while (start > 0 && isLetter(text.charCodeAt(start - 1))) start -= 1;
  if (start === at - 1) return undefined;
  return { start, capital: isUpper(text.charCodeAt(start)) };
}

/**
 * Whether the name found at [start, end) of `text` is only part of a longer name: followed,
 * after one space or a hyphen, by a capitalised word that is not a title, an office, a day
 * or a month ("Paris Saint-Germain", "the Kyiv Independent", "The Moscow Times",
 * "Paris-Orly"). `isName(at)` says whether an alias of the dataset starts at `at`: a
 * continuation that is itself a name ("Russia-Ukraine war") makes no longer name. In
 * title-case text ("Paris Summit Ends With Pledge"), where every word is capitalised, the
 * rule does not apply: the word before the name or the one after the continuation is
 * capitalised too. A lowercase continuation ("Merz-led") never makes a longer name.
 */
export function insideLongerName(
  text: string,
  start: number,
  end: number,
  isName: (at: number) => boolean,
): boolean {
  const joiner = text[end];
  if (joiner !== ' ' && joiner !== '-') return false;
  const next = wordAt(text, end + 1);
  if (next === undefined || !next.capital || isName(end + 1)) return false;
  if (NOT_A_CONTINUATION.has(text.slice(end + 1, next.end).toLowerCase())) return false;
  if (joiner === '-') return true;
  const after = text[next.end] === ' ' ? wordAt(text, next.end + 1) : undefined;
  return !after?.capital && !titleCaseBefore(text, start);
}

/**
 * Whether the word before `start` is capitalised for no reason but title case: not "The"
 * (mastheads: "The Moscow Times"), and not the first word of a sentence.
 */
function titleCaseBefore(text: string, start: number): boolean {
  const before = wordBefore(text, start);
  if (before === undefined || !before.capital) return false;
  if (text.slice(before.start, start - 1) === 'The') return false;
  let at = before.start - 1;
  while (at >= 0 && text[at] === ' ') at -= 1;
  return at >= 0 && !SENTENCE_END.has(text[at] ?? '');
}

// What may come right before the first word of a sentence (U+0000 ends a page's block).
const SENTENCE_END = new Set(['.', '!', '?', ':', '"', '“', '\u0000', '\n']);

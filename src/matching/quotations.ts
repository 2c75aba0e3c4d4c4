import { isWordChar } from './char-classes';

/** A quoted span: offsets of the words inside the marks, and those words. */
export interface Quotation {
  start: number;
  end: number;
  text: string;
}

type Family = 'double' | 'single';
interface Open {
  family: Family;
  /** Offset just after the opening mark. */
  inner: number;
}

/**
 * Finds quotations in `text`, outermost only, in order. Start and end are the UTF-16
 * offsets of the quoted words without the marks (whitespace trimmed); `text` is that slice.
 * - Double quotes: “ opens, ” closes; a straight " closes an open quote, else opens one.
 *   Curly and straight double quotes close each other (reports mix them: “... step.").
 * - Single quotes: ‘ opens; a straight ' opens when it follows a space or an opening
 *   bracket, dash or double quote and precedes a letter or digit. ’ or ' close an open
 *   single quote unless a letter or digit follows, so the apostrophes of "won’t" and
 *   "Russia’s" are never marks. Single quotes inside a double quotation are ignored.
 * - Mismatched styles, as in report 004 ('have a pointer in the form of Russia’s
 *   position. 'Russia is not going to ... in any format,”): a double closing mark closes
 *   an open single quotation; an opening mark while a quotation is open ends that one just
 *   before it; a line break ends an open quotation. So that passage gives two quotations.
 * A quotation still open at the end of the text runs to the end. A leading apostrophe
 * ("'90s") after a space opens a quotation that a line break will end.
 */
export function findQuotations(text: string): Quotation[] {
  const found: Quotation[] = [];
  let open: Open | undefined;
  const finish = (end: number) => {
    if (open !== undefined) pushTrimmed(found, text, open.inner, end);
    open = undefined;
  };
  for (let i = 0; i < text.length; i++) {
    const mark = classifyMark(text, i, open);
    if (mark === 'break' || mark === 'close') finish(i);
    else if (mark !== undefined) {
      finish(i);
      open = { family: mark, inner: i + 1 };
    }
  }
  finish(text.length);
  return found;
}

/** What the character at `i` does: opens a quotation of a family, closes one, or nothing. */
function classifyMark(
  text: string,
  i: number,
  open: Open | undefined,
): Family | 'close' | 'break' | undefined {
  const char = text[i];
  if (char === '\n' || char === '\r') return open ? 'break' : undefined;
  if (char === '“') return 'double';
  if (char === '”') return open ? 'close' : undefined;
  if (char === '"') return open ? 'close' : 'double';
  if (char !== '‘' && char !== '’' && char !== "'") return undefined;
  if (open?.family === 'double') return undefined;
  if (char === '‘' || (char === "'" && opensSingle(text, i))) return 'single';
  return open !== undefined && !isWordChar(text.charCodeAt(i + 1)) ? 'close' : undefined;
}

function opensSingle(text: string, i: number): boolean {
  const before = i === 0 ? ' ' : (text[i - 1] ?? ' ');
  return /[\s([{\-–—"“]/.test(before) && isWordChar(text.charCodeAt(i + 1));
}

function pushTrimmed(found: Quotation[], text: string, from: number, to: number): void {
  let start = from;
  let end = to;
  while (start < end && /\s/.test(text[start] ?? '')) start++;
  while (end > start && /\s/.test(text[end - 1] ?? '')) end--;
  if (end > start) found.push({ start, end, text: text.slice(start, end) });
}

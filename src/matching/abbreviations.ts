import { isLetter, isUpper } from './char-classes';

// Words that end with a dot without ending a sentence, as they appear before the dot.
const ABBREVIATIONS = new Set(
  `Mr Mrs Ms Dr Prof Sen Rep Gov Gen Lt Col Maj Capt Sgt Adm Cdr St Mt Jr Sr
   Inc Corp Ltd Co Bros No Nos vs etc approx Fig Vol Ave Rd Dept Est
   Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec
   Mon Tue Tues Wed Thu Thur Thurs Fri Sat Sun`.split(/\s+/),
);

/**
 * True when the dot at `dot` of `text` closes an abbreviation rather than a sentence: a
 * listed title, month or day ("Mr.", "Sep.", "Gen."), a dotted acronym ("U.S.", "e.g."),
 * or a single capital initial ("Donald J. Trump"). A sentence that really ends on one of
 * these ("... talks with the U.S. The next day") is therefore not split: a missed split
 * costs less than a name cut in two.
 */
export function isAbbreviationDot(text: string, dot: number): boolean {
  let start = dot;
  while (start > 0 && (isLetter(text.charCodeAt(start - 1)) || text[start - 1] === '.')) start--;
  const word = text.slice(start, dot);
  if (word.length === 0) return false;
  if (ABBREVIATIONS.has(word)) return true;
  if (word.length === 1) return isUpper(word.charCodeAt(0));
  return /^(?:\p{L}\.)+\p{L}$/u.test(word);
}

import { describe, expect, it } from 'vitest';
import { sentenceAround, splitSentences } from '../../../src/matching/sentences';

function sentences(text: string): string[] {
  return splitSentences(text).map(([s, e]) => text.slice(s, e));
}

describe('splitSentences', () => {
  it.each([
    ['two sentences', 'Macron spoke. Merz listened.', ['Macron spoke.', 'Merz listened.']],
    ['question and exclamation', 'Who? Them! Yes.', ['Who?', 'Them!', 'Yes.']],
    [
      'line breaks end headlines',
      'US Role Remains Unclear\nAlthough US President',
      ['US Role Remains Unclear', 'Although US President'],
    ],
    ['blank lines and CRLF', 'One\r\n\r\nTwo\n\n\nThree', ['One', 'Two', 'Three']],
    [
      "a page's block separators end blocks",
      'Summit in Paris\u0000\u0000Leaders met the two countries\u0000',
      ['Summit in Paris', 'Leaders met the two countries'],
    ],
    [
      'U.S. does not split',
      'with U.S. President Donald Trump after',
      ['with U.S. President Donald Trump after'],
    ],
    [
      'U.S. before lowercase',
      'an uncertain U.S. policy. Next.',
      ['an uncertain U.S. policy.', 'Next.'],
    ],
    ['Sep. does not split', 'on Sep. 4 Macron said. Then.', ['on Sep. 4 Macron said.', 'Then.']],
    ['Mr. does not split', 'Mr. Merz spoke.', ['Mr. Merz spoke.']],
    ['initials do not split', 'Donald J. Trump said so.', ['Donald J. Trump said so.']],
    ['e.g. does not split', 'leaders, e.g. Merz, came.', ['leaders, e.g. Merz, came.']],
    [
      'closing quote belongs to the sentence',
      '"in the air." Zelenskyy expressed',
      ['"in the air."', 'Zelenskyy expressed'],
    ],
    ['closing curly quote', '“our era.” Despite that', ['“our era.”', 'Despite that']],
    [
      'period after the quote',
      'force “in any format”. Expressing',
      ['force “in any format”.', 'Expressing'],
    ],
    ['quoted comma does not split', '“It is done,” Macron said.', ['“It is done,” Macron said.']],
    [
      'ellipsis before lowercase',
      'committed... to deploy. Next',
      ['committed... to deploy.', 'Next'],
    ],
    ['unicode ellipsis', 'commitment … to deploy', ['commitment … to deploy']],
    ['decimal numbers', 'It cost €1.1 billion. Fine.', ['It cost €1.1 billion.', 'Fine.']],
    ['dash after a sentence', 'in Ukraine. – AFP', ['in Ukraine.', '– AFP']],
    [
      'sentence starting with a number',
      'Done. 26 countries joined.',
      ['Done.', '26 countries joined.'],
    ],
    ['no terminator', 'Comments are closed', ['Comments are closed']],
    ['surrounding whitespace', '  \n Hello.  ', ['Hello.']],
    ['empty', '', []],
  ])('%s', (_, text, expected) => {
    expect(sentences(text)).toEqual(expected);
  });

  it('gives in-order, non-empty, trimmed spans', () => {
    const text = 'A b. C d!\n\nE f? “G h.” I j';
    const spans = splitSentences(text);
    spans.forEach(([s, e], i) => {
      expect(e).toBeGreaterThan(s);
      expect(text.slice(s, e).trim()).toBe(text.slice(s, e));
      if (i > 0) expect(s).toBeGreaterThanOrEqual(spans[i - 1]?.[1] ?? 0);
    });
  });
});

describe('sentenceAround', () => {
  it('finds the sentence containing a span', () => {
    const text = 'First one. The summit on Sep. 4 drew 35 leaders. Last one.';
    const at = text.indexOf('35 leaders');
    const [s, e] = sentenceAround(text, at, at + 10);
    expect(text.slice(s, e)).toBe('The summit on Sep. 4 drew 35 leaders.');
  });

  it('stays within its reach on long text', () => {
    const text = `${'word '.repeat(1000)}26 countries ${'word '.repeat(1000)}`;
    const at = text.indexOf('26');
    const [s, e] = sentenceAround(text, at, at + 12, 100);
    expect(s).toBe(at - 100);
    expect(e).toBe(at + 112);
  });
});

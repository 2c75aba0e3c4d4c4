import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalize, originalEnd, originalStart } from '../../../src/matching/normalize';

describe('normalize', () => {
  it.each([
    ['diacritics, precomposed', 'Élysée', 'Elysee'],
    ['diacritics, decomposed', 'E\u0301lyse\u0301e', 'Elysee'],
    ['curly apostrophe', 'Zelenskyy’s', "Zelenskyy's"],
    ['left single quote', '‘force’', "'force'"],
    ['modifier apostrophe', 'Kyivʼs', "Kyiv's"],
    ['curly double quotes', '“force”', '"force"'],
    ['en and em dashes', 'a–b—c', 'a-b-c'],
    ['non-breaking hyphen', 'long\u2011range', 'long-range'],
    ['NBSP', 'Volodymyr\u00a0Zelensky', 'Volodymyr Zelensky'],
    ['narrow NBSP and thin space', '26\u202fcountries\u2009now', '26 countries now'],
    ['line break and tab', 'Volodymyr\n\tZelensky', 'Volodymyr Zelensky'],
    ['CRLF', 'a\r\nb', 'a b'],
    ['whitespace run', 'a   \n  b', 'a b'],
    ['soft hyphen', 'Zelen\u00adsky', 'Zelensky'],
    ['zero-width characters', 'Ma\u200bcr\u200don\ufeff', 'Macron'],
    ['ASCII untouched', 'NATO, U.S. & EU: $825m', 'NATO, U.S. & EU: $825m'],
    ['dotless uppercase I', 'İstanbul', 'Istanbul'],
    ['emoji kept', 'a 🇺🇦 b', 'a 🇺🇦 b'],
  ])('%s', (_, input, expected) => {
    expect(normalize(input).text).toBe(expected);
  });

  it('keeps case in text and folds it in lower, at the same length', () => {
    const norm = normalize('İSTANBUL and NATO');
    expect(norm.text).toBe('ISTANBUL and NATO');
    expect(norm.lower).toBe('istanbul and nato');
  });

  it('maps folded ranges back to the original', () => {
    const original = 'The E\u0301lyse\u0301e\u00a0Palace, Zelen\u00adsky’s';
    const norm = normalize(original);
    const at = norm.text.indexOf('Elysee Palace');
    const start = originalStart(norm, at);
    const end = originalEnd(norm, at + 'Elysee Palace'.length);
    expect(original.slice(start, end)).toBe('E\u0301lyse\u0301e\u00a0Palace');
    const z = norm.text.indexOf('Zelensky');
    expect(original.slice(originalStart(norm, z), originalEnd(norm, z + 8))).toBe('Zelen\u00adsky');
  });

  it('maps every folded character to an original one, in order', () => {
    const alphabet = ['a', 'É', 'e\u0301', ' ', '\u00a0', '\n', '\u00ad', '’', '—', '🇺🇦', 'İ', 'ß'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...alphabet), { maxLength: 40 }), (chars) => {
        const original = chars.join('');
        const norm = normalize(original);
        expect(norm.lower.length).toBe(norm.text.length);
        expect(norm.starts.length).toBe(norm.text.length + 1);
        expect(norm.starts[norm.text.length]).toBe(original.length);
        for (let i = 0; i < norm.text.length; i++) {
          expect(norm.starts[i]).toBeLessThanOrEqual(norm.starts[i + 1] ?? Infinity);
          expect(norm.starts[i]).toBeLessThan(original.length);
        }
        expect(norm.text).not.toMatch(/ {2}|[\u00ad\u00a0\n’—]/);
      }),
    );
  });
});

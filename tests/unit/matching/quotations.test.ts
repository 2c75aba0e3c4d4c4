import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findQuotations } from '../../../src/matching/quotations';

function quotes(text: string): string[] {
  return findQuotations(text).map((q) => q.text);
}

describe('findQuotations', () => {
  it.each([
    ['curly double', 'he said “we are ready” today', ['we are ready']],
    ['straight double', 'a "reassurance force" in Ukraine', ['reassurance force']],
    ['curly single', 'a ‘reassurance force’ for Ukraine', ['reassurance force']],
    ['straight single', "part of the 'coalition of the willing'.", ['coalition of the willing']],
    ['apostrophes are not marks', "Russia’s view: it won’t. Ukraine's too.", []],
    ['apostrophe inside a single quotation', '‘Russia’s position’ matters', ['Russia’s position']],
    [
      'single quotes nested in double',
      '“to deploy as ‘reassurance force’ troops”',
      ['to deploy as ‘reassurance force’ troops'],
    ],
    [
      'curly opened, straight closed',
      'said, “this is the first step." Earlier',
      ['this is the first step.'],
    ],
    [
      'single opened, double closed',
      "'Russia is not going to, in any format,” Zakharova",
      ['Russia is not going to, in any format,'],
    ],
    [
      'a new opener ends an unclosed quotation',
      "should 'have a pointer. 'Russia is not",
      ['have a pointer.', 'Russia is not'],
    ],
    [
      'a line break ends an unclosed quotation',
      'Russia says ‘will not discuss\nNext “line”',
      ['will not discuss', 'line'],
    ],
    ['unclosed at the end', 'he said “and then', ['and then']],
    ['several', '“One,” he said, “two.”', ['One,', 'two.']],
    ['whitespace trimmed, empty skipped', '“ padded ” and “”', ['padded']],
    ['no quotes', 'plain text', []],
  ])('%s', (_, text, expected) => {
    expect(quotes(text)).toEqual(expected);
  });

  it('gives offsets of the words inside the marks', () => {
    const text = 'he said “we are ready” today';
    const [q] = findQuotations(text);
    expect(q).toEqual({ start: 9, end: 21, text: 'we are ready' });
    expect(text.slice(q?.start, q?.end)).toBe(q?.text);
  });

  it('handles the mismatched quotes of report 004', () => {
    const text = readFileSync('assets/reports/004_17ae51f1f41d3451.txt', 'utf8');
    const found = quotes(text);
    expect(found).toContain('have a pointer in the form of Russia’s position.');
    expect(found).toContain(
      'Russia is not going to discuss the fundamentally unacceptable and security-undermining foreign intervention in Ukraine in any form, in any format,',
    );
    expect(found).toContain('will not discuss foreign troops in Ukraine in any format');
    expect(found).toContain(
      'I think that today, for the first time in a long time, this is the first such serious concrete step.',
    );
  });
});

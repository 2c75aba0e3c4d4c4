import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { createScanner } from '../../../src/matching';
import { realDataset } from './real-dataset';

const { dataset, matcherData } = await realDataset();

describe('matcher data', () => {
  it('carries only what matching needs', () => {
    expect(new Set(matcherData.actors.flatMap((a) => Object.keys(a)))).toEqual(
      new Set(['id', 'kind', 'aliases']),
    );
    expect(new Set(matcherData.figures.flatMap((f) => Object.keys(f)))).toEqual(
      new Set(['id', 'unit', 'value', 'cues', 'nouns', 'modifiers', 'excludes', 'approximate']),
    );
  });

  it('marks the figures only one report gives, approximately', () => {
    expect(matcherData.figures.filter((f) => f.approximate).map((f) => f.id)).toEqual(
      dataset.figures
        .filter(
          (f) =>
            f.agreement === 'single' &&
            f.statements.every((s) => s.qualifier === 'about' || s.qualifier === 'nearly'),
        )
        .map((f) => f.id),
    );
    expect(matcherData.figures.find((f) => f.id === 'coalition-size')?.approximate).toBe(true);
    expect(matcherData.figures.find((f) => f.id === 'years-since-invasion')?.approximate).toBe(
      true,
    );
    expect(matcherData.figures.find((f) => f.id === 'leaders-attending')?.approximate).toBe(
      undefined,
    );
  });

  it('covers every actor and figure of the dataset, in the same order', () => {
    expect(matcherData.actors.map((a) => a.id)).toEqual(dataset.actors.map((a) => a.id));
    expect(matcherData.figures.map((f) => f.id)).toEqual(dataset.figures.map((f) => f.id));
  });

  it('stays small enough for a content script (3 KB gzipped, and 3 KB a language)', () => {
    const { languages = [], ...reports } = matcherData;
    expect(gzipSync(JSON.stringify(reports)).length).toBeLessThan(3 * 1024);
    for (const language of languages) {
      expect(gzipSync(JSON.stringify(language)).length, language.lang).toBeLessThan(3 * 1024);
    }
  });

  it.each([
    ['Zelenskiy met Starmer in Kiev.', ['volodymyr-zelensky', 'keir-starmer', 'kyiv']],
    ['The U.S. and America and Washington', ['united-states', 'united-states', 'united-states']],
    ['Herman Gref of Sberbank', ['german-gref', 'sberbank']],
    ['Tell us about Nato and the E.U.', ['nato', 'european-union']],
    ['the Elysee in Chernihiv', ['elysee-palace', 'chernihiv']],
  ])('finds the actors in %j', (text, ids) => {
    const found = createScanner(matcherData)
      .scan(text)
      .filter((m) => m.kind !== 'figure')
      .map((m) => m.id);
    expect(found).toEqual(ids);
  });

  it.each([
    ['Some 26 countries pledged troops', 'countries-committed', 'agrees'],
    ['About 30 countries are in the coalition', 'coalition-size', 'agrees'],
    ['35 leaders attended the summit', 'leaders-attending', 'agrees'],
  ])('classifies the figure in %j', (text, figureId, status) => {
    const [figure] = createScanner(matcherData)
      .scan(text)
      .filter((m) => m.kind === 'figure');
    expect(figure).toMatchObject({ figureId, status });
  });
});

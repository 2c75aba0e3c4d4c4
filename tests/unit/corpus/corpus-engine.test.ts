import matcherData from 'virtual:summit-matcher';
import { describe, expect, it } from 'vitest';
import { readCorpus } from '../../corpus/corpus';
import { runCorpusInEngine } from '../../corpus/engine-run';
import { scorePage } from '../../corpus/score';

const cases = readCorpus();
// The pages' style sheets and scripts point at servers that do not exist: not fetched.
const parse = (html: string) =>
  new DOMParser().parseFromString(
    html.replace(/<link\b[^>]*>|<script\b[^>]*\bsrc=[^>]*>\s*<\/script>/gi, ''),
    'text/html',
  );

describe('the labelled corpus, judged by the engine', () => {
  it('has at least 40 pages, 15 of them near misses, in several house styles', () => {
    expect(cases.length).toBeGreaterThanOrEqual(40);
    expect(cases.filter((page) => page.nearMiss).length).toBeGreaterThanOrEqual(15);
    expect(new Set(cases.map((page) => page.style)).size).toBeGreaterThanOrEqual(4);
  });

  it.each(cases.map((page) => [page.name, page] as const))('%s', async (_, page) => {
    const score = scorePage(page, await runCorpusInEngine(page, matcherData, parse));
    expect(score.relevant, 'relevance').toBe(page.relevant);
    expect(score.figureErrors, 'figures given a verdict they should not have').toEqual([]);
    expect(score.outside, 'highlights outside the story').toBe(0);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCorpusInBrowser } from '../corpus/browser-run';
import { CORPUS_DIR, readCorpus } from '../corpus/corpus';
import { scorePage, totalsOf, type PageScore } from '../corpus/score';
import { wantedBrowsers } from './support/browsers';

const cases = readCorpus();
let scores = new Map<string, PageScore>();

// The labelled corpus in headless Chromium with the built extension at its defaults: what a
// reader of each page would see (npm run eval prints the same scores as a table). Skipped
// when SUMMIT_BROWSERS leaves Chromium out.
describe.skipIf(!wantedBrowsers().includes('chromium'))('the labelled corpus in Chromium', () => {
  beforeAll(async () => {
    const results = await runCorpusInBrowser(
      CORPUS_DIR,
      cases.map((page) => page.name),
    );
    scores = new Map(results.map((result, i) => [result.name, scorePage(cases[i]!, result)]));
  }, 600_000);
  afterAll(() => {
    const totals = totalsOf([...scores.values()]);
    console.log(
      `corpus in Chromium: relevance ${totals.relevanceRight}/${totals.pages}, actors ` +
        `${totals.actorsFound}/${totals.actorsExpected}, outside the story ${totals.outside}`,
    );
  });

  it.each(cases.map((page) => [page.name, page.relevant] as const))(
    '%s: judged as labelled, nothing marked outside its story, no figure misjudged',
    (name, relevant) => {
      const score = scores.get(name)!;
      expect(score.error).toBeUndefined();
      expect(score.relevant, 'relevance').toBe(relevant);
      expect(score.outside, 'highlights outside the story').toBe(0);
      expect(score.figureErrors).toEqual([]);
    },
  );
});

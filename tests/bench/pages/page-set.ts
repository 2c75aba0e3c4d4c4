import { readdirSync } from 'node:fs';
import { BASELINE_KINDS, type BaselineKind } from '../baselines';
import { newsPage, reportPage, reportTexts } from '../../fixtures/news-page';
import { articleParagraphs } from './article';
import { domHeavyPage } from './dom-page';
import { livePage } from './live-page';
import { reportSentences } from './sentences';
import { unrelatedParagraphs } from './unrelated-page';

const ALL = BASELINE_KINDS;

/** What kind of page, which decides what is measured on it. */
export type PageGroup = 'fixture' | 'large' | 'dom' | 'live' | 'unrelated' | 'real';

/** One page of the benchmark. */
export interface BenchPage {
  name: string;
  /** Path on the bench server. */
  path: string;
  group: PageGroup;
  /** Whether to switch highlighting on with `setHighlighting` when the page did not qualify. */
  force: boolean;
  /** The baselines run on it (unrelated pages: only the bare painter, for the heap without us). */
  baselines: readonly BaselineKind[];
}

/** The generated pages and their HTML (path -> HTML), and the page list. */
export interface PageSet {
  pages: BenchPage[];
  routes: Map<string, string>;
}

/**
 * The benchmark's pages: the five report fixtures, generated articles of 20k/100k/400k
 * words, a 50k-element DOM, a live page, two ~100 KB unrelated articles (one never names
 * Ukraine; one does in passing, so it pays for the full relevance check), and with `realDir`
 * every `.html` page of that folder, forced on. `quick` keeps fixtures 0 and 2, the 20k and
 * 100k articles, the live and the unrelated pages.
 */
export function buildPageSet(quick: boolean, realDir?: string): PageSet {
  const reports = reportTexts();
  const dense = reportSentences(reports);
  const routes = new Map<string, string>();
  const pages: BenchPage[] = [];
  const add = (
    name: string,
    group: PageGroup,
    html: string,
    baselines: readonly BaselineKind[] = ALL,
  ): void => {
    const path = `/${name}.html`;
    routes.set(path, html);
    pages.push({ name, path, group, force: false, baselines });
  };
  reports.forEach((report, i) => {
    if (!quick || i % 2 === 0) add(`report-${i}`, 'fixture', reportPage(report.text));
  });
  for (const words of quick ? [20_000, 100_000] : [20_000, 100_000, 400_000]) {
    const paragraphs = articleParagraphs({ words, dense });
    add(
      `article-${words / 1000}k-words`,
      'large',
      newsPage('Paris summit: the long read', paragraphs),
    );
  }
  if (!quick) add('dom-50k-elements', 'dom', domHeavyPage(50_000, dense));
  add('live-appending', 'live', livePage(dense), []);
  const bare = ['bare'] as const;
  add(
    'unrelated-100kB',
    'unrelated',
    newsPage('Markets', unrelatedParagraphs(100_000, false)),
    bare,
  );
  add(
    'unrelated-100kB-names-ukraine',
    'unrelated',
    newsPage('Markets', unrelatedParagraphs(100_000, true)),
    bare,
  );
  if (realDir) {
    for (const file of readdirSync(realDir)
      .filter((f) => f.endsWith('.html'))
      .sort()) {
      pages.push({
        name: file,
        path: `/real/${file}`,
        group: 'real',
        force: true,
        baselines: ALL,
      });
    }
  }
  return { pages, routes };
}

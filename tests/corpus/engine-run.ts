/**
 * The engine's side of the corpus score: each page parsed in happy-dom and judged exactly as
 * the content script judges it (`judgePage`: the story, its dates, its vocabulary), in one
 * task; what would be highlighted is every shown match, located by its text node.
 */
import { Window } from 'happy-dom';
import type { MatcherData } from '../../src/matching';
import { lazyPageScanner } from '../../src/reading/page-scanner';
import type { Match } from '../../src/matching/types';
import { judgePage } from '../../src/reading/judge-page';
import type { CorpusCase } from './corpus';
import type { PageResult } from './score';

/** Parses a page's HTML into a Document the engine's DOM code can walk. */
export type ParseHtml = (html: string) => Document;

let window: Window | undefined;

/**
 * Outside a DOM environment (the CLI): one happy-dom window for every page, its DOM classes
 * the globals the engine's DOM code expects, as vitest's happy-dom environment provides.
 */
export const parseInHappyDom: ParseHtml = (html) => {
  if (window === undefined) {
    window = new Window({
      url: 'http://127.0.0.1/',
      settings: {
        disableCSSFileLoading: true,
        disableJavaScriptFileLoading: true,
        disableJavaScriptEvaluation: true,
      },
    });
    const classes = window as unknown as Record<string, unknown>;
    for (const name of [
      'Node',
      'NodeFilter',
      'MutationObserver',
      'Element',
      'HTMLElement',
      'Text',
    ]) {
      (globalThis as Record<string, unknown>)[name] ??= classes[name];
    }
  }
  return new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
};

/** Judges `page` with the engine built from `data`, the page parsed by `parse`. */
export function runCorpusInEngine(
  page: CorpusCase,
  data: MatcherData,
  parse: ParseHtml = parseInHappyDom,
): Promise<PageResult> {
  const doc = parse(page.html);
  const scan = lazyPageScanner(data);
  return new Promise((resolve) => {
    judgePage(
      doc.body,
      scan,
      ({ relevance, matches, scanned }) => {
        const inStory = storyTest(scanned?.collected.nodes ?? [], scanned?.collected.starts ?? []);
        resolve({
          name: page.name,
          relevant: relevance.relevant,
          reasons: relevance.reasons,
          mentions: matches.map((match) => mentionOf(match, inStory(match.start))),
        });
      },
      { languages: data.languages, event: data.event },
    );
  });
}

/** Whether the text at an offset of the collected text lies in a `data-story` element. */
function storyTest(nodes: readonly Node[], starts: readonly number[]): (offset: number) => boolean {
  return (offset) => {
    let low = 0;
    let high = nodes.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((starts[mid] ?? 0) <= offset) low = mid;
      else high = mid - 1;
    }
    const element = nodes[low]?.parentElement;
    return element?.closest('[data-story]') != null;
  };
}

function mentionOf(match: Match, inStory: boolean): PageResult['mentions'][number] {
  return match.kind === 'figure'
    ? { id: match.id, kind: 'figure', status: match.status, text: match.text, inStory }
    : { id: match.id, kind: match.kind, text: match.text, inStory };
}

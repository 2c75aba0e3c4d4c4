import matcherData from 'virtual:summit-matcher';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { collectText } from '@/src/dom/collect-text';
import { createScanner } from '@/src/matching/scan';
import { judgePage } from '@/src/reading/judge-page';
import { mainTextRoot } from '@/src/reading/main-text';
import type { PageReading } from '@/src/reading/page-reading';
import { storyRegion } from '@/src/reading/story-region';
import { manualScheduler } from '../support/manual-scheduler';

const scan = createScanner(matcherData).scan;
const { event } = matcherData;
const LONG = 'Quiet prose of the story itself. '.repeat(20);
const SUMMIT =
  '<p>Volodymyr Zelensky met Emmanuel Macron in Paris, where 26 countries pledged a ' +
  'reassurance force for Ukraine.</p>';
/** A sidebar of summit coverage, in the page's light DOM: never the story. */
const SIDEBAR =
  '<aside><p>More: Keir Starmer and the coalition of the willing in Paris.</p></aside>';

afterEach(() => {
  document.body.innerHTML = '';
});

/** `light` in the body, and `shadow` in an open shadow root of its element `selector`. */
function attach(light: string, selector: string, shadow: string): ShadowRoot {
  if (light) document.body.innerHTML = light;
  const root = document.body.querySelector(selector)!.attachShadow({ mode: 'open' });
  root.innerHTML = shadow;
  return root;
}

/** The text of every element with an id, light or shadow, and whether it is in the story. */
function inStory(roots: ShadowRoot[]): Record<string, boolean> {
  const region = storyRegion(document.body, roots);
  const said: Record<string, boolean> = {};
  for (const tree of [document.body, ...roots]) {
    for (const element of tree.querySelectorAll('[id]')) {
      said[element.id] = region ? region.contains(element.firstChild ?? element) : true;
    }
  }
  return said;
}

describe('a story in open shadow roots', () => {
  it('finds an <article> in a shadow root, less its furniture, with its headline', () => {
    const root = attach(
      '<nav><a id="nav">Paris</a></nav><x-story></x-story>',
      'x-story',
      `<h1 id="h">Headline</h1><article><p id="body">${LONG}</p>` +
        '<aside><p id="aside">Related</p></aside></article>',
    );
    expect(mainTextRoot(document.body, [root])).toBe(root.querySelector('article'));
    expect(inStory([root])).toEqual({ nav: false, h: true, body: true, aside: false });
  });

  it('finds it two shadow roots deep, as collected', () => {
    const outer = attach(
      '<x-page></x-page>',
      'x-page',
      `<nav id="nav">Menu</nav><x-body></x-body>`,
    );
    const inner = outer.querySelector('x-body')!.attachShadow({ mode: 'open' });
    inner.innerHTML = `<article><p id="body">${LONG}</p></article>`;
    const { shadowRoots } = collectText(document.body);
    expect(shadowRoots).toEqual([outer, inner]);
    expect(inStory([outer, inner])).toEqual({ nav: false, body: true });
  });

  it('takes the host of a shadow root holding the paragraphs as the story', () => {
    const root = attach(
      '<div><p id="teaser">A teaser.</p></div><x-story></x-story>',
      'x-story',
      `<p id="one">${LONG}</p><p id="two">${LONG}</p>`,
    );
    expect(mainTextRoot(document.body, [root])).toBe(document.querySelector('x-story'));
    expect(inStory([root])).toEqual({ teaser: false, one: true, two: true });
  });

  it('judges the page by the story in its shadow root, its light sidebar left out', () => {
    attach(
      SIDEBAR + '<x-story></x-story>',
      'x-story',
      `<article>${SUMMIT}<p>${LONG}</p></article>`,
    );
    const onJudged = vi.fn();
    judgePage(document.body, () => scan, onJudged, { namesUkraine: true, event });
    const judged = onJudged.mock.calls[0]![0] as PageReading;
    expect(judged.relevance.relevant).toBe(true);
    const ids = judged.matches.map((match) => match.id);
    expect(ids).toEqual(expect.arrayContaining(['volodymyr-zelensky', 'emmanuel-macron']));
    expect(ids).not.toContain('keir-starmer');
    expect(judged.scanned?.collected.shadowRoots).toHaveLength(1);
  });

  it('hands over no scan when the page added text in its shadow root meanwhile', async () => {
    const root = attach(
      '<x-story></x-story>',
      'x-story',
      `<article>${SUMMIT}${`<p>${'Quiet prose without names. '.repeat(60)}</p>`.repeat(250)}</article>`,
    );
    const onJudged = vi.fn();
    const scheduler = manualScheduler();
    judgePage(document.body, () => scan, onJudged, { scheduler, namesUkraine: true, event });
    root.querySelector('article')!.append('Giorgia Meloni spoke.');
    await Promise.resolve();
    scheduler.runAll();
    expect(onJudged).toHaveBeenCalledTimes(1);
    expect((onJudged.mock.calls[0]![0] as PageReading).scanned).toBeUndefined();
  });

  it('reads text added later in the shadow root with the story it was judged by', () => {
    const root = attach(
      SIDEBAR + '<x-story></x-story>',
      'x-story',
      `<article>${SUMMIT}<p>${LONG}</p></article>`,
    );
    const onJudged = vi.fn();
    judgePage(document.body, () => scan, onJudged, { namesUkraine: true, event });
    const judged = onJudged.mock.calls[0]![0] as PageReading;
    const added = root.querySelector('article')!.appendChild(document.createElement('p'));
    added.textContent = 'Keir Starmer spoke.';
    expect(judged.readMore(collectText(added)).map((match) => match.id)).toEqual(['keir-starmer']);
    const aside = document.querySelector('aside')!.appendChild(document.createElement('p'));
    aside.textContent = 'Keir Starmer again.';
    expect(judged.readMore(collectText(aside))).toEqual([]);
  });
});

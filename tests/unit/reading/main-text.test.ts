import { describe, expect, it } from 'vitest';
import { collectText } from '@/src/dom/collect-text';
import type { Match } from '@/src/matching/types';
import { mainTextRoot, matchesWithin } from '@/src/reading/main-text';

const long = (words: string) => `${words} ${'Quiet prose without names. '.repeat(25)}`;

function mount(html: string): HTMLElement {
  document.body.innerHTML = html;
  return document.body;
}

describe('mainTextRoot', () => {
  it.each([
    ['the one long article', `<nav>Menu</nav><article id="story">${long('A')}</article>`, 'story'],
    [
      'the long article, not the teasers',
      `<article>Teaser</article><article id="story">${long('A')}</article><article>Teaser</article>`,
      'story',
    ],
    [
      'the story with a long comment article inside it',
      `<article id="story">${long('A')}<article>${long('B')}</article></article>`,
      'story',
    ],
    [
      'the long article, not the linked teasers beside it',
      `<div><article id="story">${long('A')}</article>` +
        `<article><a href="/1">${'A linked headline. '.repeat(8)}</a></article>`.repeat(3) +
        '</div>',
      'story',
    ],
    [
      'main when one long entry of a live blog stands among short ones',
      `<main id="blog"><div><article>${long('A')}</article>` +
        `<article><h3>Update</h3><p>${'A short post of its own words. '.repeat(5)}</p></article>`.repeat(
          3,
        ) +
        '</div></main>',
      'blog',
    ],
    [
      'main when several long articles make a feed',
      `<main id="feed"><article>${long('A')}</article><article>${long('B')}</article></main>`,
      'feed',
    ],
    ['main when the only article is short', `<main id="m"><article>Short</article></main>`, 'm'],
    ['role=main', `<div role="main" id="m">${long('A')}</div><aside>x</aside>`, 'm'],
  ])('picks %s', (_, html, id) => {
    expect(mainTextRoot(mount(html)).id).toBe(id);
  });

  it('falls back to the body', () => {
    const body = mount(`<div>${long('A')}</div>`);
    expect(mainTextRoot(body)).toBe(body);
  });
});

describe('matchesWithin', () => {
  it('keeps the matches that start inside the root, in order', () => {
    const body = mount('<aside>ab</aside><article><p>cd</p><p>ef</p></article><footer>gh</footer>');
    const collected = collectText(body);
    const at = (text: string): Match => {
      const start = collected.text.indexOf(text);
      return { kind: 'person', id: text, start, end: start + text.length } as Match;
    };
    const matches = ['ab', 'cd', 'ef', 'gh'].map(at);
    const inside = matchesWithin(collected, matches, body.querySelector('article')!);
    expect(inside.map((m) => m.id)).toEqual(['cd', 'ef']);
    expect(matchesWithin(collected, matches, body).map((m) => m.id)).toEqual([
      'ab',
      'cd',
      'ef',
      'gh',
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { storyRegion } from '@/src/reading/story-region';

const LONG = 'Quiet prose of the story itself. '.repeat(20);

/** Mounts `html` and says, for each element with an id, whether it is in the story. */
function inStory(html: string): Record<string, boolean> {
  document.body.innerHTML = html;
  const region = storyRegion(document.body);
  const said: Record<string, boolean> = {};
  for (const element of document.body.querySelectorAll('[id]')) {
    said[element.id] = region ? region.contains(element.firstChild ?? element) : true;
  }
  return said;
}

describe('storyRegion', () => {
  it('is undefined for a page with no story element: the whole page is read', () => {
    document.body.innerHTML = '<p>Short teaser.</p><p>Another teaser.</p>';
    expect(storyRegion(document.body)).toBeUndefined();
  });

  it.each([
    [
      'an article, with its header above it',
      `<header><h1 id="h">Headline</h1><p id="dek" class="standfirst">Standfirst</p></header>
       <nav><a id="nav">Paris</a></nav>
       <article><p id="body">${LONG}</p><aside><p id="aside">Related</p></aside>
       <div class="comments-area"><p id="comment">A comment</p></div>
       <p class="byline" id="byline">By A. Writer in Paris</p></article>
       <footer><p id="foot">Footer</p></footer>`,
      {
        h: true,
        dek: true,
        nav: false,
        body: true,
        aside: false,
        comment: false,
        byline: false,
        foot: false,
      },
    ],
    [
      'a CMS story div, found by its paragraphs',
      `<div class="cols"><div class="story-body"><h1 id="h">Headline</h1><p id="a">${LONG}</p>
       <p id="b">${LONG}</p><p class="tags" id="tags">Ukraine NATO</p></div>
       <div class="widgets"><p id="w">Paris Saint-Germain 3-1 Lens</p></div></div>`,
      { h: true, a: true, b: true, tags: false, w: false },
    ],
    [
      'names that would leave out most of the story name something else',
      `<article><div class="share-this-story"><p id="a">${LONG}</p><p id="b">${LONG}</p></div>
       <div class="related"><p id="r">Related</p></div><aside><p id="s">Aside</p></aside></article>`,
      { a: true, b: true, r: true, s: false },
    ],
    [
      'a headline standing alone, its standfirst by class, not the ad after it',
      `<h1 id="h">Headline</h1><p class="article-dek" id="dek">Standfirst</p>
       <article><p id="a">${LONG}</p></article>`,
      { h: true, dek: true, a: true },
    ],
    [
      'a headline standing alone before an ad slot',
      `<h1 id="h">Headline</h1><div class="ad-leaderboard" id="ad">Advert</div>
       <article><p id="a">${LONG}</p></article>`,
      { h: true, ad: false, a: true },
    ],
    [
      'a page that is one form (ASP.NET): the story inside it',
      `<form id="aspnetForm"><main><p id="a">${LONG}</p><nav><p id="n">Menu</p></nav></main></form>`,
      { aspnetForm: true, a: true, n: false },
    ],
    [
      'a feed of articles in a plain block',
      `<div class="stream"><article><p id="a">${LONG}</p></article>` +
        `<article><p id="b">${'A post of its own words. '.repeat(6)}</p></article>`.repeat(3) +
        `</div><div class="sidebar"><p id="s">Other news</p></div>`,
      { a: true, b: true, s: false },
    ],
    [
      'a WordPress article whose classes name its topics',
      `<main><div class="post category-world tag-ukraine"><p id="a">${LONG}</p></div>
       <div class="sidebar"><p id="s">Weather in Europe</p></div></main>`,
      { a: true, s: false },
    ],
  ])('%s', (_, html, expected) => {
    expect(inStory(html)).toEqual(expected);
  });
});

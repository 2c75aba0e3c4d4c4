import { describe, expect, it } from 'vitest';
import { isFurnitureByName, isFurnitureElement } from '@/src/reading/furniture';

const element = (html: string) => {
  document.body.innerHTML = html;
  return document.body.firstElementChild!;
};

describe('furniture', () => {
  it.each([
    ['<div class="comments-area">', true],
    ['<div class="related_posts">', true],
    ['<div id="most-read">', true],
    ['<div class="author-bio">', true],
    ['<p class="entry-meta">', true],
    ['<p class="story-tag">', true],
    ['<div class="article-tags">', true],
    ['<div class="newsletter-signup">', true],
    ['<p class="also">', true],
    ['<div class="post category-world tag-ukraine">', false],
    ['<div class="newsletter-body">', false],
    ['<div class="story-body">', false],
    ['<div class="metadata">', false],
    ['<div>', false],
  ])('%s: by its name %s', (html, expected) => {
    expect(isFurnitureByName(element(`${html}x</div>`))).toBe(expected);
  });

  it.each([
    ['<nav>', true],
    ['<aside>', true],
    ['<div role="complementary">', true],
    ['<section>', false],
  ])('%s: by its tag or role %s', (html, expected) => {
    expect(isFurnitureElement(element(`${html}x`))).toBe(expected);
  });
});

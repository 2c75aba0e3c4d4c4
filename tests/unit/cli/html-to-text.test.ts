import { describe, expect, it } from 'vitest';
import { decodeEntities, htmlToText } from '../../../src/cli/html-to-text';

describe('htmlToText', () => {
  it.each([
    ['<p>Macron met <b>Zelensky</b>.</p>', 'Macron met Zelensky.'],
    ['<p>One</p><p>Two</p>', 'One\n\nTwo'],
    ['Line<br>break<br/>here', 'Line\nbreak\nhere'],
    ['<script>var Putin = 1;</script>Text', 'Text'],
    ['<SCRIPT type="x">a</SCRIPT >b', 'b'],
    ['<style>p { color: red }</style><noscript>Enable JS</noscript>Text', 'Text'],
    ['<template><p>Hidden</p></template>Shown', 'Shown'],
    ['Before<!-- a comment with <p>tags</p> -->after', 'Beforeafter'],
    ['Text<script>never closed', 'Text'],
    ['<!DOCTYPE html><html><body>Body</body></html>', 'Body'],
    ['<h1>Title</h1>\n\n\n\n<div>  spaced   out  </div>', 'Title\n\nspaced out'],
    ['<p>Élysée &amp; Kremlin &ldquo;soon&rdquo;</p>', 'Élysée & Kremlin “soon”'],
    ['&lt;script&gt;alert(1)&lt;/script&gt;', '<script>alert(1)</script>'],
  ])('turns %j into %j', (html, text) => {
    expect(htmlToText(html)).toBe(text);
  });

  it('keeps non-breaking spaces for the engine to fold', () => {
    expect(htmlToText('26&nbsp;countries')).toBe('26\u00a0countries');
  });
});

describe('decodeEntities', () => {
  it.each([
    ['&#8220;x&#8221;', '“x”'],
    ['&#x201C;x&#x201d;', '“x”'],
    ['&#x1F62D;', '😭'],
    ['&#0; &#xD800; &#x110000;', '\uFFFD \uFFFD \uFFFD'],
    ['&amp;#x1F62D;', '&#x1F62D;'],
    ['&unknown; &xg;', '&unknown; &xg;'],
    ['AT&T', 'AT&T'],
  ])('decodes %j as %j', (text, decoded) => {
    expect(decodeEntities(text)).toBe(decoded);
  });
});

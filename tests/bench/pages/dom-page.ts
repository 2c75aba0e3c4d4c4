import { escapeHtml } from '../../fixtures/news-page';
import { fillerSentence } from './sentences';
import { pick, seededRandom } from './random';

/**
 * A page with about `elements` elements: a short summit article followed by a long comment
 * thread (8 elements per comment: author, time, text, actions), one comment in five quoting
 * a report sentence. Stresses the DOM walk and the exclusion checks rather than the text.
 */
export function domHeavyPage(elements: number, dense: readonly string[]): string {
  const random = seededRandom(50_000);
  const comments: string[] = [];
  for (let i = 0; i < Math.ceil(elements / 8); i++) {
    const text = random() < 0.2 ? pick(dense, random) : fillerSentence(random);
    comments.push(
      `<div class="c"><div class="meta"><span class="author">user${i}</span> <time>${i % 59}m</time></div>` +
        `<p>${escapeHtml(text)}</p><div class="actions"><a href="#r${i}">Reply</a> <span>${i % 7} likes</span></div></div>`,
    );
  }
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Summit thread</title></head>
<body><main><article><h1>Paris summit: live discussion</h1><p>${escapeHtml(dense.slice(0, 4).join(' '))}</p></article>
<section class="thread">${comments.join('\n')}</section></main></body></html>
`;
}

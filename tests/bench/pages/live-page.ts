import { escapeHtml } from '../../fixtures/news-page';
import { fillerSentence } from './sentences';
import { pick, seededRandom } from './random';

/**
 * A live blog: a summit article of about 1,500 words, then `batches` batches of 10 new
 * paragraphs, one batch every 100 ms (a busy live page). The page sets
 * `document.documentElement.dataset.liveDone` after the last batch.
 */
export function livePage(dense: readonly string[], batches = 30): string {
  const random = seededRandom(7);
  const initial = Array.from({ length: 25 }, () =>
    Array.from({ length: 4 }, () =>
      random() < 0.4 ? pick(dense, random) : fillerSentence(random),
    ).join(' '),
  );
  const updates = Array.from({ length: batches * 10 }, () =>
    random() < 0.4 ? pick(dense, random) : fillerSentence(random),
  );
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Live: Paris summit on Ukraine</title></head>
<body><main id="feed"><h1>Live: the coalition of the willing meets in Paris</h1>
${initial.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n')}
</main>
<script>
const updates = ${JSON.stringify(updates).replaceAll('<', '\\u003c')};
let next = 0;
const timer = setInterval(() => {
  for (let i = 0; i < 10; i++) {
    const p = document.createElement('p');
    p.textContent = 'Update ' + (next + 1) + ': ' + updates[next];
    document.getElementById('feed').append(p);
    next += 1;
  }
  if (next >= updates.length) {
    clearInterval(timer);
    document.documentElement.dataset.liveDone = '1';
  }
}, 100);
</script></body></html>
`;
}

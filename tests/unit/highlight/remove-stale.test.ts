import { describe, expect, it } from 'vitest';
import { collectText } from '@/src/dom/collect-text';
import { removeStaleHighlights } from '@/src/highlight/remove-stale';
import { actor, at, expectRestored, render, snapshot, highlightMatches } from './support';

describe('removeStaleHighlights', () => {
  it.each([
    ['one node', '<p>Emmanuel Macron met Zelensky</p>', ['Emmanuel Macron', 'Zelensky']],
    ['a whole node', '<p>said <b>Macron</b> today</p>', ['Macron']],
    ['adjacent matches', '<p>MacronZelensky</p>', ['Macron', 'Zelensky']],
    [
      'split across <b> and a link',
      '<p><b>Emmanuel</b> Macron and <a href="#">Zelensky</a>.</p>',
      ['Emmanuel Macron', 'Zelensky'],
    ],
  ])('restores the page when the undo was lost (%s)', (_name, html, needles) => {
    const body = render(html);
    const before = snapshot(body);
    const collected = collectText(body);
    highlightMatches(
      collected,
      needles.map((needle) => actor('person', 'x', at(collected, needle))),
    );
    removeStaleHighlights(body);
    expectRestored(body, before);
  });

  it('merges a page text node that touches a piece, keeping the text', () => {
    const body = render('<p></p>');
    const p = body.firstChild!;
    p.appendChild(document.createTextNode('Hello '));
    p.appendChild(document.createTextNode('Macron'));
    const collected = collectText(body);
    highlightMatches(collected, [actor('person', 'm', at(collected, 'Macron'))]);
    removeStaleHighlights(body);
    expect(body.innerHTML).toBe('<p>Hello Macron</p>');
  });

  it('leaves the page’s own <mark> elements alone', () => {
    const body = render('<p>A <mark>page mark</mark> B</p>');
    const before = snapshot(body);
    removeStaleHighlights(body);
    expectRestored(body, before);
  });
});

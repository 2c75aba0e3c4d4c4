import { afterEach, describe, expect, it } from 'vitest';
import { collectText } from '@/src/dom/collect-text';
import type { Match } from '@/src/matching/types';
import {
  actor,
  at,
  expectRestored,
  figure,
  mentionTexts,
  pieces,
  render,
  snapshot,
  highlightMatches,
} from './support';

/** Highlights the given needles as person matches, checks, undoes and checks the restore. */
function highlightNeedles(html: string, needles: string[]) {
  const body = render(html);
  const before = snapshot(body);
  const collected = collectText(body);
  const matches = needles.map((needle, i) => actor('person', `p${i}`, at(collected, needle)));
  const undo = highlightMatches(collected, matches);
  return { body, before, undo };
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('highlightMatches', () => {
  it.each([
    ['plain text', '<p>President Emmanuel Macron spoke.</p>', ['Emmanuel Macron'], 1],
    ['split across <b>', '<p><b>Emmanuel</b> Macron spoke.</p>', ['Emmanuel Macron'], 2],
    [
      'split across nested inline',
      '<p><i><b>Emm</b>anuel</i> Mac<span>ron</span></p>',
      ['Emmanuel Macron'],
      4,
    ],
    ['inside a link', '<p>See <a href="/m">Emmanuel Macron</a>.</p>', ['Emmanuel Macron'], 1],
    ['at the start of a node', '<p>Macron spoke</p>', ['Macron'], 1],
    ['at the end of a node', '<p>said Macron</p>', ['Macron'], 1],
    ['exactly one whole node', '<p>said <b>Macron</b> today</p>', ['Macron'], 1],
    ['two in one node', '<p>Macron met Zelensky in Paris</p>', ['Macron', 'Zelensky'], 2],
    ['adjacent matches', '<p>MacronZelensky</p>', ['Macron', 'Zelensky'], 2],
    [
      'ending where the next node starts',
      '<p>Macron<b>Zelensky</b></p>',
      ['Macron', 'Zelensky'],
      2,
    ],
    ['in separate blocks', '<p>Macron</p><div><p>Zelensky</p></div>', ['Macron', 'Zelensky'], 2],
  ])('%s', (_name, html, needles, pieceCount) => {
    const { body, before, undo } = highlightNeedles(html, needles);
    expect(mentionTexts()).toEqual(needles);
    expect(pieces()).toHaveLength(pieceCount);
    undo();
    expectRestored(body, before);
  });

  it('keeps a split mention as one mention with one tab stop', () => {
    const { body, before, undo } = highlightNeedles('<p><b>Emmanuel</b> Macron</p>', [
      'Emmanuel Macron',
    ]);
    const [first, second] = pieces();
    expect(first!.getAttribute('data-summit-mention')).toBe(
      second!.getAttribute('data-summit-mention'),
    );
    expect(first!.getAttribute('tabindex')).toBe('0');
    expect(second!.hasAttribute('tabindex')).toBe(false);
    expect(first!.parentElement!.tagName).toBe('B');
    undo();
    expectRestored(body, before);
  });

  it('gives every mention its own number, across passes', () => {
    const body = render('<p>Macron and Macron</p>');
    const before = snapshot(body);
    const collected = collectText(body);
    const undoFirst = highlightMatches(collected, [actor('person', 'm', at(collected, 'Macron'))]);
    const again = collectText(body);
    const undoSecond = highlightMatches(again, [actor('person', 'm', at(again, 'Macron', 1))]);
    const mentions = pieces().map((piece) => piece.getAttribute('data-summit-mention'));
    expect(new Set(mentions).size).toBe(2);
    undoFirst();
    undoSecond();
    expectRestored(body, before);
  });

  it('keeps a link working: the mark is inside it', () => {
    const { body, before, undo } = highlightNeedles('<p><a href="#x">Macron</a></p>', ['Macron']);
    const link = body.querySelector('a')!;
    expect(link.getAttribute('href')).toBe('#x');
    expect(pieces()[0]!.closest('a')).toBe(link);
    undo();
    expectRestored(body, before);
  });

  it.each([
    ['person', actor('person', 'macron', { start: 0, end: 6 }), 'summit-lens-person'],
    ['country', actor('country', 'fr', { start: 0, end: 6 }), 'summit-lens-country'],
    [
      'organisation',
      actor('organisation', 'nato', { start: 0, end: 6 }),
      'summit-lens-organisation',
    ],
    ['place', actor('place', 'paris', { start: 0, end: 6 }), 'summit-lens-place'],
    ['term', actor('term', 'coalition', { start: 0, end: 6 }), 'summit-lens-term'],
  ] as const)('marks a %s', (kind, match, className) => {
    const body = render('<p>Abcdef</p>');
    const before = snapshot(body);
    const undo = highlightMatches(collectText(body), [match]);
    const [mark] = pieces();
    expect(mark!.tagName).toBe('MARK');
    expect(mark!.classList.contains('summit-lens-mark')).toBe(true);
    expect(mark!.classList.contains(className)).toBe(true);
    expect(mark!.getAttribute('data-summit-kind')).toBe(kind);
    expect(mark!.getAttribute('data-summit-id')).toBe(match.id);
    expect(mark!.hasAttribute('data-summit-value')).toBe(false);
    undo();
    expectRestored(body, before);
  });

  it.each([
    ['agrees', false],
    ['disputed', true],
    ['unknown', false],
  ] as const)('marks a figure that %s', (status, disputed) => {
    const body = render('<p>Some <b>26</b> countries</p>');
    const before = snapshot(body);
    const collected = collectText(body);
    const undo = highlightMatches(collected, [figure('f26', 26, status, at(collected, '26'))]);
    const [mark] = pieces();
    expect(mark!.getAttribute('data-summit-kind')).toBe('figure');
    expect(mark!.getAttribute('data-summit-id')).toBe('f26');
    expect(mark!.getAttribute('data-summit-value')).toBe('26');
    expect(mark!.getAttribute('data-summit-status')).toBe(status);
    expect(mark!.classList.contains('summit-lens-figure')).toBe(true);
    expect(mark!.classList.contains('summit-lens-disputed')).toBe(disputed);
    undo();
    expectRestored(body, before);
  });

  it.each<[string, (text: string) => Match[], string[]]>([
    [
      'keeps the earlier of two overlapping',
      () => [
        actor('person', 'a', { start: 0, end: 8 }),
        actor('person', 'b', { start: 4, end: 14 }),
      ],
      ['Emmanuel'],
    ],
    [
      'keeps the longer of two at one start',
      () => [
        actor('person', 'a', { start: 0, end: 8 }),
        actor('person', 'b', { start: 0, end: 15 }),
      ],
      ['Emmanuel Macron'],
    ],
    [
      'drops one inside another',
      () => [
        actor('person', 'a', { start: 0, end: 15 }),
        actor('person', 'b', { start: 9, end: 15 }),
      ],
      ['Emmanuel Macron'],
    ],
    [
      'sorts unsorted input',
      () => [
        actor('person', 'b', { start: 9, end: 15 }),
        actor('person', 'a', { start: 0, end: 8 }),
      ],
      ['Emmanuel', 'Macron'],
    ],
    [
      'ignores empty and out-of-range matches',
      (text) => [
        actor('person', 'a', { start: 3, end: 3 }),
        actor('person', 'b', { start: 10, end: text.length + 5 }),
        actor('person', 'c', { start: -1, end: 2 }),
      ],
      [],
    ],
  ])('%s', (_name, makeMatches, expected) => {
    const body = render('<p><b>Emmanuel</b> Macron</p>');
    const before = snapshot(body);
    const collected = collectText(body);
    const undo = highlightMatches(collected, makeMatches(collected.text));
    expect(mentionTexts()).toEqual(expected);
    undo();
    expectRestored(body, before);
  });

  it.each([
    ['a script', '<p>Macron<script>var Macron</script></p>', 'script'],
    ['a style', '<p>Macron</p><style>.Macron{}</style>', 'style'],
    ['a textarea', '<p>Macron</p><textarea>Macron</textarea>', 'textarea'],
    ['code in a paragraph', '<p>Macron <code><b>Macron</b></code></p>', 'code'],
    ['an editable region', '<p>Macron</p><div contenteditable="true"><b>Macron</b></div>', 'div'],
    ['our own UI', '<p>Macron</p><aside data-summit-ui><b>Macron</b></aside>', 'aside'],
    ['svg text', '<p>Macron</p><svg><text>Macron</text></svg>', 'svg'],
  ])('never touches %s', (_name, html, selector) => {
    const body = render(html);
    const before = snapshot(body);
    const excluded = body.querySelector(selector)!;
    const excludedBefore = excluded.innerHTML;
    const collected = collectText(body);
    const undo = highlightMatches(collected, [actor('person', 'm', at(collected, 'Macron'))]);
    expect(excluded.innerHTML).toBe(excludedBefore);
    expect(pieces()).toHaveLength(1);
    undo();
    expectRestored(body, before);
  });

  it('refuses text nodes inside excluded content even when asked to', () => {
    const body = render('<p>A</p><pre>Macron</pre>');
    const before = snapshot(body);
    const node = body.querySelector('pre')!.firstChild as Text;
    const undo = highlightMatches({ text: 'Macron', nodes: [node], starts: [0] }, [
      actor('person', 'm', { start: 0, end: 6 }),
    ]);
    expect(pieces()).toHaveLength(0);
    undo();
    expectRestored(body, before);
  });

  it('never nests a highlight in a highlight', () => {
    const body = render('<p>Emmanuel Macron</p>');
    const before = snapshot(body);
    const collected = collectText(body);
    const undo = highlightMatches(collected, [actor('person', 'm', at(collected, 'Macron'))]);
    const again = collectText(body);
    const undoAgain = highlightMatches(again, [actor('person', 'm', at(again, 'Emmanuel Macron'))]);
    expect(mentionTexts()).toEqual(['Macron']);
    undoAgain();
    undo();
    expectRestored(body, before);
  });

  it('skips a match whose text changed since collection, whole', () => {
    const body = render('<p><b>Emmanuel</b> Macron</p>');
    const before = snapshot(body);
    const collected = collectText(body);
    const tail = collected.nodes[1]!;
    tail.data = ' Marcon';
    const changed = snapshot(body);
    const undo = highlightMatches(collected, [
      actor('person', 'm', at(collected, 'Emmanuel Macron')),
    ]);
    expect(pieces()).toHaveLength(0);
    undo();
    expectRestored(body, changed);
    tail.data = ' Macron';
    expectRestored(body, before);
  });

  it('undo is idempotent', () => {
    const { body, before, undo } = highlightNeedles('<p><b>Emmanuel</b> Macron</p>', [
      'Emmanuel Macron',
    ]);
    undo();
    undo();
    expectRestored(body, before);
  });

  it('undoes passes in any order', () => {
    const body = render('<p>Macron met Zelensky and Starmer</p>');
    const before = snapshot(body);
    const c1 = collectText(body);
    const undo1 = highlightMatches(c1, [actor('person', 'z', at(c1, 'Zelensky'))]);
    const c2 = collectText(body);
    const undo2 = highlightMatches(c2, [
      actor('person', 'm', at(c2, 'Macron')),
      actor('person', 's', at(c2, 'Starmer')),
    ]);
    expect(mentionTexts()).toEqual(['Macron', 'Zelensky', 'Starmer']);
    undo1();
    expect(pieces()).toHaveLength(0);
    undo2();
    expectRestored(body, before);
  });

  it('keeps the page data when the page rewrote a split node', () => {
    const body = render('<p>Macron met Zelensky</p>');
    const collected = collectText(body);
    const head = collected.nodes[0]!;
    const undo = highlightMatches(collected, [actor('person', 'z', at(collected, 'Zelensky'))]);
    head.data = 'Updated';
    undo();
    expect(body.innerHTML).toBe('<p>Updated</p>');
  });

  it.each([
    ['unwraps', (mark: Element) => mark.replaceWith(...mark.childNodes)],
    [
      'rewraps',
      (mark: Element) =>
        mark.replaceWith(
          Object.assign(document.createElement('b'), { textContent: mark.textContent }),
        ),
    ],
  ])('never restores text twice when the page %s our marks', (_name, change) => {
    const body = render('<p>Macron met Zelensky today</p>');
    const collected = collectText(body);
    const undo = highlightMatches(collected, [
      actor('person', 'm', at(collected, 'Macron')),
      actor('person', 'z', at(collected, 'Zelensky')),
    ]);
    body.querySelectorAll('mark').forEach(change);
    undo();
    expect(body.textContent).toBe('Macron met Zelensky today');
    expect(body.querySelector('mark')).toBeNull();
  });

  it('returns a harmless undo when nothing matches', () => {
    const { body, before, undo } = highlightNeedles('<p>Nothing here</p>', []);
    undo();
    expectRestored(body, before);
  });

  it('can leave the tab order alone', () => {
    const body = render('<p>Macron</p>');
    const before = snapshot(body);
    const collected = collectText(body);
    const undo = highlightMatches(collected, [actor('person', 'm', at(collected, 'Macron'))], {
      focusable: false,
    });
    expect(pieces()[0]!.hasAttribute('tabindex')).toBe(false);
    undo();
    expectRestored(body, before);
  });
});

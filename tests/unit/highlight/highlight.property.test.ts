import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { BLOCK_SEPARATOR, collectText } from '@/src/dom/collect-text';
import { actor, expectRestored, mentionTexts, render, snapshot, highlightMatches } from './support';

/** A random DOM tree: text, inline and block elements, now and then an excluded one. */
type Tree = string | { tag: string; children: Tree[] };

const TAGS = ['p', 'div', 'section', 'li', 'b', 'i', 'span', 'a', 'em', 'strong', 'code', 'script'];

const { tree } = fc.letrec<{ tree: Tree; element: Tree }>((tie) => ({
  tree: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.string({ unit: fc.constantFrom('a', 'b', ' ', '\n', 'é'), maxLength: 8 }),
    tie('element'),
  ),
  element: fc.record({
    tag: fc.constantFrom(...TAGS),
    children: fc.array(tie('tree'), { maxLength: 4 }),
  }),
}));

/** Builds the tree with DOM calls, so adjacent and empty text nodes stay separate. */
function build(node: Tree): Node {
  if (typeof node === 'string') return document.createTextNode(node);
  const element = document.createElement(node.tag);
  if (node.tag === 'a') element.setAttribute('href', '#');
  for (const child of node.children) element.appendChild(build(child));
  return element;
}

/** Non-overlapping ranges (possibly adjacent) in [0, length]. */
function ranges(length: number) {
  return fc.uniqueArray(fc.integer({ min: 0, max: length }), { maxLength: 12 }).map((cuts) => {
    const sorted = [...cuts].sort((a, b) => a - b);
    const out: { start: number; end: number }[] = [];
    for (let i = 0; i + 1 < sorted.length; i += 2)
      out.push({ start: sorted[i]!, end: sorted[i + 1]! });
    return out;
  });
}

const page = fc.array(tree, { minLength: 1, maxLength: 5 }).chain((trees) => {
  const body = render('');
  for (const t of trees) body.appendChild(build(t));
  const length = collectText(body).text.length;
  body.replaceChildren();
  return fc.tuple(fc.constant(trees), ranges(length), ranges(length));
});

function mount(trees: Tree[]): HTMLElement {
  const body = render('');
  for (const t of trees) body.appendChild(build(t));
  return body;
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('highlightMatches on random pages', () => {
  it('marks each range whole and undo restores the page exactly', () => {
    fc.assert(
      fc.property(page, ([trees, picked]) => {
        const body = mount(trees);
        const before = snapshot(body);
        const collected = collectText(body);
        const matches = picked.map((range, i) => actor('person', `p${i}`, range));
        const undo = highlightMatches(collected, matches);
        // mark.js leaves a piece that is only white space unwrapped (it would not show).
        const visible = (texts: string[]) =>
          texts.map((text) => text.replace(/\s+/g, '')).filter((text) => text !== '');
        const expected = picked.map(({ start, end }) =>
          collected.text.slice(start, end).split(BLOCK_SEPARATOR).join(''),
        );
        expect(visible(mentionTexts())).toEqual(visible(expected));
        expect(body.querySelectorAll('code mark, script mark')).toHaveLength(0);
        undo();
        expectRestored(body, before);
      }),
      { numRuns: 300 },
    );
  });

  it('restores the page whatever order two passes are undone in', () => {
    fc.assert(
      fc.property(page, fc.boolean(), ([trees, first, second], firstUndoneFirst) => {
        const body = mount(trees);
        const before = snapshot(body);
        const c1 = collectText(body);
        const undo1 = highlightMatches(
          c1,
          first.map((r, i) => actor('place', `a${i}`, r)),
        );
        const c2 = collectText(body);
        const undo2 = highlightMatches(
          c2,
          second.map((r, i) => actor('term', `b${i}`, r)),
        );
        if (firstUndoneFirst) {
          undo1();
          undo2();
        } else {
          undo2();
          undo1();
        }
        expectRestored(body, before);
      }),
      { numRuns: 200 },
    );
  });
});

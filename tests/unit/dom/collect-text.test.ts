import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { blockOf } from '@/src/dom/blocks';
import { isExcludedElement } from '@/src/dom/excluded';
import { BLOCK_SEPARATOR, collectText, collectTexts } from '@/src/dom/collect-text';
import { render } from '../highlight/support';

const SEP = BLOCK_SEPARATOR;

describe('collectText', () => {
  it('separates blocks with NUL, which is not whitespace', () => {
    expect(BLOCK_SEPARATOR).toBe('\u0000');
    expect(/\s/.test(BLOCK_SEPARATOR)).toBe(false);
  });

  it.each([
    ['joins inline elements as they are', '<p><b>Emmanuel</b> Macron</p>', 'Emmanuel Macron'],
    ['separates blocks', '<p>Macron</p><p>Zelensky</p>', `Macron${SEP}Zelensky`],
    ['separates a block from the text around it', '<div>A<p>B</p>C</div>', `A${SEP}B${SEP}C`],
    ['keeps line breaks inside a block', '<p>Emmanuel\nMacron</p>', 'Emmanuel\nMacron'],
    ['skips scripts and styles', '<p>A<script>Macron</script><style>x</style>B</p>', 'AB'],
    ['skips form fields', '<p>A</p><textarea>Macron</textarea><input value="Putin">', 'A'],
    ['skips editable regions', '<p>A</p><div contenteditable="true"><p>Macron</p></div>', 'A'],
    ['skips code and pre', '<p>A</p><pre>Macron</pre><code>Putin</code>', 'A'],
    ['skips our own UI', '<p>A</p><div data-summit-ui><p>Macron</p></div>', 'A'],
  ])('%s', (_name, html, expected) => {
    expect(collectText(render(html)).text).toBe(expected);
  });

  it('records where each text node starts', () => {
    const { text, nodes, starts } = collectText(render('<p>ab<i>cd</i></p><p>ef</p>'));
    expect(text).toBe(`abcd${SEP}ef`);
    expect(nodes.map((node) => node.data)).toEqual(['ab', 'cd', 'ef']);
    expect(starts).toEqual([0, 2, 5]);
    nodes.forEach((node, i) =>
      expect(text.slice(starts[i], starts[i]! + node.data.length)).toBe(node.data),
    );
  });

  it('takes a text node as root', () => {
    const body = render('<p>Macron</p>');
    expect(collectText(body.firstChild!.firstChild!).text).toBe('Macron');
  });

  it('skips highlighted text when asked', () => {
    const body = render('<p>A <mark class="summit-lens-mark">Macron</mark> B</p>');
    expect(collectText(body).text).toBe('A Macron B');
    expect(collectText(body, { skipHighlighted: true }).text).toBe('A  B');
  });

  it('separates several roots, each a block of its own', () => {
    const body = render('<p><span>Emmanuel</span> <span>Macron</span></p>');
    const [first, , second] = Array.from(body.firstChild!.childNodes);
    expect(collectTexts([first!, second!]).text).toBe(`Emmanuel${SEP}Macron`);
  });
});

/** The reference: a TreeWalker with a filter, and each text node's block found by blockOf. */
function referenceText(root: Node): string {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode: (node) =>
      node.nodeType === Node.ELEMENT_NODE && isExcludedElement(node as Element)
        ? NodeFilter.FILTER_REJECT
        : NodeFilter.FILTER_ACCEPT,
  });
  let text = '';
  let last: Node | undefined;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType !== Node.TEXT_NODE || (node as Text).data === '') continue;
    const block = blockOf(node, root);
    if (last !== undefined && block !== last) text += SEP;
    last = block;
    text += (node as Text).data;
  }
  return text;
}

type Tree = string | { tag: string; children: Tree[] };

const { tree } = fc.letrec<{ tree: Tree; element: Tree }>((tie) => ({
  tree: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.string({ unit: fc.constantFrom('a', 'b', ' ', '\n'), maxLength: 5 }),
    tie('element'),
  ),
  element: fc.record({
    tag: fc.constantFrom('p', 'div', 'li', 'b', 'i', 'span', 'a', 'em', 'code', 'script', 'button'),
    children: fc.array(tie('tree'), { maxLength: 4 }),
  }),
}));

function build(node: Tree): Node {
  if (typeof node === 'string') return document.createTextNode(node);
  const element = document.createElement(node.tag);
  for (const child of node.children) element.appendChild(build(child));
  return element;
}

describe('collectText on random trees', () => {
  it('reads what a filtered TreeWalker with blockOf reads', () => {
    fc.assert(
      fc.property(fc.array(tree, { maxLength: 5 }), (trees) => {
        const body = render('');
        for (const t of trees) body.appendChild(build(t));
        expect(collectText(body).text).toBe(referenceText(body));
      }),
      { numRuns: 500 },
    );
  });

  // A recursive walk overflows the stack far short of 200,000 levels (about 10,000 frames in
  // V8), so this fails for one. The chain is plain objects with the few members the walk
  // reads: happy-dom's own elements make a chain that deep take seconds to build and walk.
  it('walks nesting 200,000 deep without recursion', () => {
    const chain = (depth: number): Node => {
      const text = {
        nodeType: Node.TEXT_NODE,
        data: 'Macron',
        firstChild: null,
        nextSibling: null,
      };
      let node: Record<string, unknown> = text;
      for (let i = 0; i < depth; i++) {
        const element: Record<string, unknown> = {
          nodeType: Node.ELEMENT_NODE,
          tagName: i % 2 === 0 ? 'SPAN' : 'DIV',
          firstChild: node,
          nextSibling: null,
          isContentEditable: false,
          hasAttribute: () => false,
          getAttribute: () => null,
          getRootNode: () => node,
        };
        node.parentNode = element;
        node = element;
      }
      return node as unknown as Node;
    };
    const collected = collectText(chain(200_000));
    expect(collected.text).toBe('Macron');
    expect(collected.nodes).toHaveLength(1);
  });
});

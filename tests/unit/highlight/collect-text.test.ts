import { describe, expect, it } from 'vitest';
import { BLOCK_SEPARATOR, collectText, collectTexts } from '@/src/highlight/collect-text';
import { render } from './support';

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

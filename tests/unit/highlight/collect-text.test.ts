import { describe, expect, it } from 'vitest';
import { collectText } from '@/src/highlight/collect-text';

function bodyOf(html: string): HTMLElement {
  document.body.innerHTML = html;
  return document.body;
}

describe('collectText', () => {
  it.each([
    ['joins inline elements as they are', '<p><b>Emmanuel</b> Macron</p>', 'Emmanuel Macron'],
    ['separates blocks', '<p>Macron</p><p>Zelensky</p>', 'Macron\nZelensky'],
    ['skips scripts and styles', '<p>A<script>Macron</script><style>x</style>B</p>', 'AB'],
    ['skips form fields', '<p>A</p><textarea>Macron</textarea><input value="Putin">', 'A'],
    ['skips editable regions', '<p>A</p><div contenteditable="true"><p>Macron</p></div>', 'A'],
    ['skips code and pre', '<p>A</p><pre>Macron</pre><code>Putin</code>', 'A'],
    ['skips our own UI', '<p>A</p><div data-summit-ui><p>Macron</p></div>', 'A'],
  ])('%s', (_name, html, expected) => {
    expect(collectText(bodyOf(html)).text).toBe(expected);
  });

  it('records where each text node starts', () => {
    const { text, nodes, starts } = collectText(bodyOf('<p>ab<i>cd</i></p><p>ef</p>'));
    expect(text).toBe('abcd\nef');
    expect(nodes.map((node) => node.data)).toEqual(['ab', 'cd', 'ef']);
    expect(starts).toEqual([0, 2, 5]);
    nodes.forEach((node, i) =>
      expect(text.slice(starts[i], starts[i]! + node.data.length)).toBe(node.data),
    );
  });
});

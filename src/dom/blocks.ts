/** Tags that do not break a line of text: a name split across them is still one name. */
export const INLINE_TAGS: ReadonlySet<string> = new Set([
  'A',
  'ABBR',
  'B',
  'BDI',
  'BDO',
  'CITE',
  'DATA',
  'DFN',
  'EM',
  'FONT',
  'I',
  'KBD',
  'MARK',
  'Q',
  'S',
  'SAMP',
  'SMALL',
  'SPAN',
  'STRONG',
  'SUB',
  'SUP',
  'TIME',
  'U',
  'VAR',
  'WBR',
]);

/**
 * The nearest ancestor of `node` that is not an inline element (see INLINE_TAGS), stopping at
 * `root`: two text nodes with the same block read as one run of text.
 */
export function blockOf(node: Node, root: Node): Node {
  let current = node.parentNode;
  while (current && current !== root && INLINE_TAGS.has((current as Element).tagName)) {
    current = current.parentNode;
  }
  return current ?? root;
}

import { MARK_SELECTOR } from '../style/mark-classes';

/**
 * Removes highlights whose Undo is lost, e.g. left by a content script that the extension's
 * reload orphaned. Each piece is unwrapped and its text merged with the text nodes right
 * around it, which are the ones highlighting split (the split keeps the original node first,
 * so the merge lands in it). A separate text node the page itself placed right next to a piece
 * is merged too; nothing else on the page is normalised. Not undoable: it only removes what
 * should not be there. O(pieces).
 *
 * mark.js's `unmark` would do this with `parent.normalize()` for every piece, merging all of
 * the page's adjacent text nodes (O(pieces × siblings): 24k pieces took 0.5–32 s in Chromium),
 * and happy-dom's NodeIterator, which mark.js walks, cannot run it in unit tests.
 */
export function removeStaleHighlights(root: ParentNode): void {
  for (const piece of Array.from(root.querySelectorAll(MARK_SELECTOR))) {
    const parent = piece.parentNode;
    if (!parent) continue;
    const text = piece.ownerDocument.createTextNode(piece.textContent ?? '');
    parent.replaceChild(text, piece);
    mergeAround(text);
  }
}

function mergeAround(text: Text): void {
  let first = text;
  while (first.previousSibling?.nodeType === Node.TEXT_NODE) first = first.previousSibling as Text;
  let data = '';
  for (let next = first.nextSibling; next?.nodeType === Node.TEXT_NODE; next = first.nextSibling) {
    data += (next as Text).data;
    next.remove();
  }
  if (data !== '') first.appendData(data);
}

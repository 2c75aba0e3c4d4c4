import { MARK_SELECTOR } from '../style/mark-classes';
import { ATTR, isHighlightElement } from '../dom/dom-contract';

/** The highlight piece holding `node`, or null when `node` is not inside a highlight. */
export function highlightOf(node: Node | null): HTMLElement | null {
  for (let current = node; current; current = current.parentNode) {
    if (isHighlightElement(current)) return current;
  }
  return null;
}

/**
 * Every piece of the mention `piece` belongs to, in document order (the emphasis and the
 * cards both gather a mention here). Just `piece` when it has no mention number (or one that
 * is not a number of ours), or when no piece of its document has that number (it was taken
 * out of the page).
 */
export function piecesOfMention(piece: HTMLElement): HTMLElement[] {
  const mention = piece.getAttribute(ATTR.mention);
  if (mention === null || !/^\d+$/.test(mention)) return [piece];
  const all = piece.ownerDocument.querySelectorAll<HTMLElement>(
    `${MARK_SELECTOR}[${ATTR.mention}="${mention}"]`,
  );
  return all.length > 0 ? Array.from(all) : [piece];
}

/** The first piece of every mention under `root`, in document order. */
export function mentionHeads(root: ParentNode): HTMLElement[] {
  const seen = new Set<string>();
  const heads: HTMLElement[] = [];
  for (const piece of Array.from(root.querySelectorAll<HTMLElement>(MARK_SELECTOR))) {
    const mention = piece.getAttribute(ATTR.mention) ?? '';
    if (seen.has(mention)) continue;
    seen.add(mention);
    heads.push(piece);
  }
  return heads;
}

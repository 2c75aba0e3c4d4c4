import { ATTR, isHighlightElement, MARK_SELECTOR } from './dom-contract';

/** The highlight piece holding `node`, or null when `node` is not inside a highlight. */
export function highlightOf(node: Node | null): HTMLElement | null {
  for (let current = node; current; current = current.parentNode) {
    if (isHighlightElement(current)) return current;
  }
  return null;
}

/** Every piece of the mention `piece` belongs to, in document order (at least `piece`). */
export function piecesOfMention(piece: Element): HTMLElement[] {
  const mention = piece.getAttribute(ATTR.mention);
  if (mention === null || !/^\d+$/.test(mention)) return [piece as HTMLElement];
  const root = piece.ownerDocument;
  return Array.from(
    root.querySelectorAll<HTMLElement>(`${MARK_SELECTOR}[${ATTR.mention}="${mention}"]`),
  );
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

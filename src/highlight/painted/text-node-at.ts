/** The text node under a point of the viewport, if any (for hit-testing painted ranges). */
export function textNodeAt(doc: Document, x: number, y: number): Node | undefined {
  const caret = doc as Document & {
    caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node } | null;
    caretRangeFromPoint?: (x: number, y: number) => Range | null;
  };
  const node = caret.caretPositionFromPoint
    ? caret.caretPositionFromPoint(x, y)?.offsetNode
    : caret.caretRangeFromPoint?.(x, y)?.startContainer;
  return node?.nodeType === Node.TEXT_NODE ? node : undefined;
}

type CaretDocument = Document & {
  caretPositionFromPoint?: (
    x: number,
    y: number,
    options?: { shadowRoots: ShadowRoot[] },
  ) => { offsetNode: Node } | null;
  caretRangeFromPoint?: (x: number, y: number) => Range | null;
};

/**
 * The text nodes that may lie under a point of the viewport (for hit-testing painted ranges):
 * the caret's node, found inside `shadowRoots` too (`caretPositionFromPoint` looks into the
 * shadow roots it is given). Where only `caretRangeFromPoint` is there (Chromium before 128),
 * which stops at a shadow host, a page with painted shadow roots also gets the text children of
 * the innermost element under the point, found through each shadow root's `elementFromPoint`.
 */
export function textNodesAt(
  doc: Document,
  x: number,
  y: number,
  shadowRoots: readonly ShadowRoot[] = [],
): Node[] {
  const caret = doc as CaretDocument;
  if (caret.caretPositionFromPoint) {
    const position =
      shadowRoots.length > 0
        ? caret.caretPositionFromPoint(x, y, { shadowRoots: [...shadowRoots] })
        : caret.caretPositionFromPoint(x, y);
    return onlyText([position?.offsetNode]);
  }
  const node = caret.caretRangeFromPoint?.(x, y)?.startContainer;
  if (shadowRoots.length === 0) return onlyText([node]);
  let element = doc.elementFromPoint(x, y);
  for (let inner = element?.shadowRoot?.elementFromPoint(x, y); inner && inner !== element;) {
    element = inner;
    inner = element.shadowRoot?.elementFromPoint(x, y);
  }
  return onlyText([node, ...(element ? Array.from(element.childNodes) : [])]);
}

const onlyText = (nodes: (Node | null | undefined)[]): Node[] =>
  nodes.filter((node): node is Node => node?.nodeType === Node.TEXT_NODE);

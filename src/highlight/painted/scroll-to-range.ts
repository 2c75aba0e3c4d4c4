/**
 * Scrolls `range` to the middle of the viewport: its element into view first (so a nested
 * scroller shows it), then the window by the rest, smoothly unless the reader prefers
 * reduced motion.
 */
export function scrollToRange(range: Range, view: Window): void {
  const reduced = view.matchMedia?.('(prefers-reduced-motion: reduce)').matches === true;
  const element =
    range.startContainer.nodeType === Node.ELEMENT_NODE
      ? (range.startContainer as Element)
      : range.startContainer.parentElement;
  element?.scrollIntoView?.({ block: 'nearest', inline: 'nearest' });
  const box = range.getBoundingClientRect?.();
  if (!box) return;
  const offset = box.top + box.height / 2 - view.innerHeight / 2;
  if (Math.abs(offset) > 1) view.scrollBy?.({ top: offset, behavior: reduced ? 'auto' : 'smooth' });
}

import { emphasize } from '../highlight/emphasize';
import { nextHighlight } from '../highlight/next-highlight';

/**
 * Reveals the mentions of one item in turn: each call scrolls to and flashes the next mention
 * of `id` after the one it revealed last (of any item), wrapping at the page's end. Returns
 * false when the page has no highlighted mention of `id`. Keyboard focus stays where it is:
 * the popup asks, and its reader is still in the popup.
 */
export function createRevealer(doc: Document): (id: string) => boolean {
  let last: HTMLElement | null = null;
  return (id) => {
    const from = last?.isConnected ? last : null;
    const target = nextHighlight(doc, from, 'next', { id });
    if (!target) return false;
    last = target;
    emphasize(target, { focus: false });
    return true;
  };
}

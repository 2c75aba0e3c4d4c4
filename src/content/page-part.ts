import type { Undo } from '../dom/undo';

/** What every part a page gets (cards, legend, navigator, observer, style) gives back. */
export interface StartedPart {
  /** Takes the part off the page, exactly. */
  stop: Undo;
}

/**
 * Starts one part of the page's highlighting: `start` takes the signal its part ends with and
 * returns the part with its undo. A part that fails to start is named in the console and left
 * out (undefined), so a fault in the cards, say, takes down neither the highlights nor the
 * legend.
 */
export function startPart<T extends StartedPart>(
  name: string,
  signal: AbortSignal,
  start: (signal: AbortSignal) => T,
): T | undefined {
  try {
    return start(signal);
  } catch (error) {
    console.warn(`Summit Lens: the ${name} could not start on this page.`, error);
    return undefined;
  }
}

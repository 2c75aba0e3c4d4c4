/** Running the extension's packaged scripts in a page: the highlighter, on the gate's request. */
import { browser } from 'wxt/browser';
import type { HighlighterName } from './protocol';

/**
 * Runs a highlighter script (`/highlighter.js`, entrypoints/highlighter.ts, or with mark.js
 * `/highlighter-wrapped.js`) in one frame of a tab, in the
 * same isolated world as the content script that asked for it. Resolves once it has run.
 */
export async function injectHighlighter(
  tabId: number,
  frameId = 0,
  renderer: HighlighterName = 'painted',
): Promise<void> {
  await browser.scripting.executeScript({
    target: { tabId, frameIds: [frameId] },
    files: [renderer === 'wrapped' ? '/highlighter-wrapped.js' : '/highlighter.js'],
  });
}

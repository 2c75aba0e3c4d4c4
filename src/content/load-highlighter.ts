import { sendToExtension } from '../messaging/wire';
import { takeHighlighter, type RendererName, type StartHighlighter } from './handoff';

/**
 * Has the background run the highlighter script drawing with `renderer` in this frame (src/messaging/scripting.ts,
 * `injectHighlighter`) and returns its start function. Loads it once per frame: a second call finds
 * it in place.
 */
export async function loadHighlighter(renderer: RendererName): Promise<StartHighlighter> {
  const present = takeHighlighter(renderer);
  if (present) return present;
  await sendToExtension('loadHighlighter', { renderer });
  const start = takeHighlighter(renderer);
  if (!start) throw new Error('Summit Lens: the highlighter script ran but did not start');
  return start;
}

import { sendToExtension } from '../messaging/wire';
import { takeLens, type RendererName, type StartLens } from './handoff';

/**
 * Has the background run the highlighter script drawing with `renderer` in this frame (src/messaging/scripting.ts,
 * `injectLens`) and returns its start function. Loads it once per frame: a second call finds
 * it in place.
 */
export async function loadLens(renderer: RendererName): Promise<StartLens> {
  const present = takeLens(renderer);
  if (present) return present;
  await sendToExtension('loadLens', { renderer });
  const start = takeLens(renderer);
  if (!start) throw new Error('Summit Lens: the highlighter script ran but did not start');
  return start;
}

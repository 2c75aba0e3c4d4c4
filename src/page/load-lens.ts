import { sendToExtension } from '../messaging/wire';
import { takeLens, type StartLens } from './lens-handoff';

/**
 * Has the background run the highlighter script in this frame (src/messaging/scripting.ts,
 * `injectLens`) and returns its start function. Loads it once per frame: a second call finds
 * it in place.
 */
export async function loadLens(): Promise<StartLens> {
  const present = takeLens();
  if (present) return present;
  await sendToExtension('loadLens', undefined);
  const start = takeLens();
  if (!start) throw new Error('Summit Lens: the highlighter script ran but did not start');
  return start;
}

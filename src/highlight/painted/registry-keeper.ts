import type { HighlightApi } from './highlight-api';

/** How often a painting renderer looks that its highlights are still registered, in ms. */
export const REGISTRY_CHECK_MS = 250;

/** Puts a renderer's highlights back in the registry when the page took them out. */
export interface RegistryKeeper {
  /** Registers again, at once, every highlight of ours the registry lacks or holds another for. */
  check(): void;
  /** Stops looking. */
  stop(): void;
}

/**
 * Keeps `highlights` registered under their names in `registry`. The registry is the page's
 * too (`CSS.highlights`): a page that clears it for its own search highlighting, or deletes
 * or replaces an entry, would take our highlights off the screen while we still list them.
 * So every REGISTRY_CHECK_MS while there is something to keep (the interval runs only then,
 * and a hidden tab's timers slow down, as they should), and before each listing, what is
 * missing is put back; the page's own entries are never touched.
 */
export function keepRegistered(
  highlights: ReadonlyMap<string, Highlight>,
  registry: HighlightApi['registry'],
  view: (Window & typeof globalThis) | null,
): RegistryKeeper {
  let timer: number | undefined;
  const check = (): void => {
    for (const [name, highlight] of highlights) {
      if (registry.get(name) !== highlight) registry.set(name, highlight);
    }
    if (highlights.size === 0) stop();
    else if (timer === undefined && view) {
      timer = view.setInterval(check, REGISTRY_CHECK_MS);
    }
  };
  const stop = (): void => {
    if (timer !== undefined) view?.clearInterval(timer);
    timer = undefined;
  };
  return { check, stop };
}

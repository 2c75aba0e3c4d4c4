import { browserScheduler } from '../dom/scheduler';
import { t } from '../i18n';
import { legendWanted, setLegendDismissed } from '../messaging/legend-state';
import { sendToExtension } from '../messaging/wire';
import type { Settings } from '../settings/schema';
import { loadSettings, watchSettings } from '../settings/storage';
import type { ContentServices } from './handoff';

/**
 * Longest stretch, in ms, of scanning or drawing before the page gets the main thread back:
 * half a frame, leaving room for the browser's own work.
 */
export const SLICE_MS = 8;

/**
 * Makes the content script's services once, for the gate and the highlighter it may start:
 * the settings watched once (registered before the first read, so no change slips between
 * the two) and read once, fanned out to every watcher; the summary and the cards over the
 * wire to the background; the legend's flag in local storage; the extension's strings; the
 * browser's scheduler. The watch ends
 * with `signal`.
 */
export function createContentServices(signal: AbortSignal): ContentServices {
  const listeners = new Set<(settings: Settings) => void>();
  let latest: Settings | undefined;
  watchSettings((next) => {
    latest = next;
    for (const listener of listeners) listener(next);
  }, signal);
  const firstRead = loadSettings();
  return {
    settings: async () => latest ?? (await firstRead),
    watchSettings(listener, until) {
      if (until.aborted) return;
      listeners.add(listener);
      until.addEventListener('abort', () => listeners.delete(listener), { once: true });
    },
    // The background may be asleep or reloading; a lost badge update is harmless.
    publish: (summary) => void sendToExtension('pageSummaryChanged', summary).catch(() => {}),
    cards: {
      load: (id) => sendToExtension('getItemCard', { id }),
      openInPopup: (id) => void sendToExtension('openItemInPopup', { id }).catch(() => {}),
    },
    legend: {
      wanted: legendWanted,
      // A dismissal that cannot be stored shows the legend again on the next page: harmless.
      dismiss: () => void setLegendDismissed(true).catch(() => {}),
    },
    t,
    scheduler: browserScheduler(SLICE_MS),
  };
}

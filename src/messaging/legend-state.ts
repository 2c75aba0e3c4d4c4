/**
 * Whether the reader has dismissed the page legend (src/legend): a flag in local storage, not
 * a setting (it is no preference to sync or export). The content script reads it once, on the
 * first page it highlights; the legend's button and the options' "show it again" write it.
 */
import { browser } from 'wxt/browser';

/** The storage.local key of the flag. */
export const LEGEND_KEY = 'legendDismissed';

/**
 * Whether the legend is still wanted: true until the reader dismisses it. A stored value that
 * is not a boolean reads as not dismissed (the next dismissal writes it right); storage that
 * cannot be read gives false, so a reader whose dismissal could not be kept is not asked on
 * every page.
 */
export async function legendWanted(): Promise<boolean> {
  try {
    const { [LEGEND_KEY]: dismissed } = await browser.storage.local.get(LEGEND_KEY);
    return dismissed !== true;
  } catch {
    return false;
  }
}

/** Records that the reader dismissed the legend (`dismissed` false: show it again). */
export async function setLegendDismissed(dismissed: boolean): Promise<void> {
  await browser.storage.local.set({ [LEGEND_KEY]: dismissed });
}

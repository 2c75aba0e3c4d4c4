import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { browser } from 'wxt/browser';
import { LEGEND_KEY, legendWanted, setLegendDismissed } from '@/src/messaging/legend-state';

beforeEach(() => fakeBrowser.reset());

describe("the page legend's flag", () => {
  it('wants the legend until the reader dismisses it, and again when asked to', async () => {
    expect(await legendWanted()).toBe(true);
    await setLegendDismissed(true);
    expect(await legendWanted()).toBe(false);
    await setLegendDismissed(false);
    expect(await legendWanted()).toBe(true);
  });

  it('reads a corrupt flag as not dismissed', async () => {
    await browser.storage.local.set({ [LEGEND_KEY]: 'yes' });
    expect(await legendWanted()).toBe(true);
  });

  it('wants no legend when storage cannot be read', async () => {
    vi.spyOn(browser.storage.local, 'get').mockRejectedValueOnce(new Error('unavailable'));
    expect(await legendWanted()).toBe(false);
  });
});

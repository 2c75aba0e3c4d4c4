import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { browser } from 'wxt/browser';
import { leavePendingItem, PENDING_TTL_MS, takePendingItem } from '@/src/messaging/pending-item';

beforeEach(() => fakeBrowser.reset());

describe('the item a card leaves for the toolbar popup', () => {
  it('is taken once, by the next popup', async () => {
    await leavePendingItem('volodymyr-zelensky', 1_000);
    expect(await takePendingItem(1_500)).toBe('volodymyr-zelensky');
    expect(await takePendingItem(1_600)).toBeUndefined();
  });

  it('is stale once the popup did not open in time, and is cleared all the same', async () => {
    await leavePendingItem('volodymyr-zelensky', 1_000);
    expect(await takePendingItem(1_001 + PENDING_TTL_MS)).toBeUndefined();
    expect(await browser.storage.session.get('pendingItem')).toEqual({});
  });

  it.each([
    ['not an object', 'zelensky'],
    ['no id', { at: 1_000 }],
    ['a clock from the future', { id: 'x', at: 5_000 }],
  ])('reads %s as nothing', async (_, stored) => {
    await browser.storage.session.set({ pendingItem: stored });
    expect(await takePendingItem(1_000)).toBeUndefined();
  });
});

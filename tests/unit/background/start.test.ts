import { beforeEach, describe, expect, it } from 'vitest';
import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing';
import background from '@/entrypoints/background';
import type { PageSummary } from '@/src/messaging/page-summary';
import type { Envelope } from '@/src/messaging/protocol';

const summary = (ids: string[]): PageSummary => ({
  url: 'https://news.example/',
  title: 't',
  relevant: true,
  reasons: [],
  highlighted: true,
  items: ids.map((id) => ({ id, kind: 'person', count: 2 })),
});

/** A message sender that is the content script of tab `id`. */
const fromTab = (id: number) => ({ tab: { id } }) as unknown as Browser.runtime.MessageSender;

const changed = (s: PageSummary): Envelope => ({
  summitLens: 1,
  type: 'pageSummaryChanged',
  data: s,
});

describe('background', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    background.main();
  });

  it("shows the number of distinct items on the sending tab's badge", async () => {
    await fakeBrowser.runtime.onMessage.trigger(changed(summary(['a', 'b', 'c'])), fromTab(4));
    expect(await fakeBrowser.action.getBadgeText({ tabId: 4 })).toBe('3');
  });

  it('clears the badge when a page mentions nothing', async () => {
    await fakeBrowser.runtime.onMessage.trigger(changed(summary(['a'])), fromTab(4));
    await fakeBrowser.runtime.onMessage.trigger(changed(summary([])), fromTab(4));
    expect(await fakeBrowser.action.getBadgeText({ tabId: 4 })).toBe('');
  });

  it('ignores messages that are not ours', async () => {
    const results = await fakeBrowser.runtime.onMessage.trigger(
      { type: 'pageSummaryChanged' },
      fromTab(4),
    );
    expect(results.every((r) => r === undefined)).toBe(true);
  });
});

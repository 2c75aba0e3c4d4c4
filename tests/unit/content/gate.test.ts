import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import type { Envelope } from '@/src/messaging/protocol';
import { startGate } from '@/src/content/gate';
import { watchNavigation } from '@/src/content/navigation-watch';
import { JUDGED_MARK } from '@/src/content/session';
import type { StartHighlighter } from '@/src/content/handoff';
import { createContentServices } from '@/src/content/services';
import type { ContentServices } from '@/src/content/handoff';
import { send, settle } from '../support/messages';
import { startForTests } from '../support/session-services';
import { DEFAULT_SETTINGS, type Settings } from '@/src/settings/schema';
import { saveSettings } from '@/src/settings/storage';

const SUMMIT =
  '<h1>Ukraine summit</h1><p>Volodymyr Zelensky met Emmanuel Macron in Paris, where 26 ' +
  'countries pledged a reassurance force for Ukraine.</p>';
const UNRELATED =
  '<h1>Markets</h1><p>Emmanuel Macron spoke on tariffs in Paris; Donald Trump replied.</p>';

const base: Settings = { ...DEFAULT_SETTINGS, hoverCards: false };

describe('the gate', () => {
  let abort: AbortController;
  let load: ReturnType<typeof vi.fn<() => Promise<StartHighlighter>>>;
  let sent: unknown[];
  let services: ContentServices;
  beforeEach(async () => {
    fakeBrowser.reset();
    await saveSettings(base);
    sent = [];
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(async (message: unknown) => {
      sent.push(message);
      return undefined;
    });
    // The page legend's strings (fakeBrowser has no i18n): the key itself.
    vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation((key: string) => key);
    load = vi.fn(async () => startForTests);
    performance.clearMarks(JUDGED_MARK);
    history.replaceState(null, '', '/');
    abort = new AbortController();
    // The gate's real services over fakeBrowser, all work at once (no scheduler).
    services = { ...createContentServices(abort.signal), scheduler: null };
  });
  afterEach(() => abort.abort());

  it('leaves a page that never names Ukraine alone: no highlighter, no DOM change, no message', async () => {
    document.body.innerHTML = UNRELATED;
    const before = document.body.innerHTML;
    startGate(document, abort.signal, services, load);
    await settle();
    expect(load).not.toHaveBeenCalled();
    expect(document.body.innerHTML).toBe(before);
    expect(sent).toEqual([]);
  });

  it('loads the highlighter at once on a page that names Ukraine, which then highlights it', async () => {
    document.body.innerHTML = SUMMIT;
    startGate(document, abort.signal, services, load);
    await vi.waitFor(() => expect(document.querySelector('mark[data-summit-id]')).not.toBeNull());
    expect(load).toHaveBeenCalledTimes(1);
    expect((await send('getPageSummary', undefined)).relevant).toBe(true);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('shows the legend on the first page it highlights, until the reader dismisses it', async () => {
    document.body.innerHTML = SUMMIT;
    const legend = () => document.querySelector('summit-lens-legend')?.shadowRoot;
    startGate(document, abort.signal, services, load);
    await vi.waitFor(() => expect(legend()?.querySelector('.legend')).toBeTruthy());
    expect(legend()!.textContent).toContain('legendIntro');
    legend()!.querySelector('button')!.click();
    expect(legend()).toBeUndefined();
    await vi.waitFor(async () =>
      expect(await fakeBrowser.storage.local.get('legendDismissed')).toEqual({
        legendDismissed: true,
      }),
    );
    abort.abort();
    abort = new AbortController();
    startGate(
      document,
      abort.signal,
      { ...createContentServices(abort.signal), scheduler: null },
      load,
    );
    await vi.waitFor(() => expect(document.querySelector('mark[data-summit-id]')).not.toBeNull());
    await settle();
    expect(legend()).toBeUndefined();
  });

  it.each([
    ['every page', { ...base, when: 'every' as const }],
    ['the site always on', { ...base, alwaysOn: ['localhost'] }],
  ])('loads it on an unrelated page when the settings say %s', async (_, settings) => {
    await saveSettings(settings);
    document.body.innerHTML = UNRELATED;
    startGate(document, abort.signal, services, load);
    await vi.waitFor(() => expect(document.querySelector('mark[data-summit-id]')).not.toBeNull());
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('answers the popup itself on a page it leaves alone, and loads it to highlight', async () => {
    document.body.innerHTML = UNRELATED;
    startGate(document, abort.signal, services, load);
    await settle();
    const summary = await send('getPageSummary', undefined);
    expect(load).not.toHaveBeenCalled();
    expect(summary).toMatchObject({ relevant: false, highlighted: false, items: [] });
    expect(await send('moveHighlight', { direction: 'next' })).toBe(false);
    expect(await send('setHighlighting', { on: false })).toMatchObject({ highlighted: false });
    expect(load).not.toHaveBeenCalled();
    expect(document.querySelector('mark')).toBeNull();
    expect((await send('setHighlighting', { on: true })).highlighted).toBe(true);
    expect(load).toHaveBeenCalledTimes(1);
    expect(document.querySelector('mark[data-summit-id]')).not.toBeNull();
  });

  it('reads the settings once and watches them once, for itself and the highlighter', async () => {
    const get = vi.spyOn(fakeBrowser.storage.sync, 'get');
    const watch = vi.spyOn(fakeBrowser.storage.onChanged, 'addListener');
    const abortHere = new AbortController();
    const own = { ...createContentServices(abortHere.signal), scheduler: null };
    document.body.innerHTML = SUMMIT;
    startGate(document, abortHere.signal, own, load);
    await vi.waitFor(() => expect(document.querySelector('mark[data-summit-id]')).not.toBeNull());
    await saveSettings({ ...base, when: 'asked' });
    await vi.waitFor(() => expect(document.querySelector('mark')).toBeNull());
    expect(get).toHaveBeenCalledTimes(1);
    expect(watch).toHaveBeenCalledTimes(1);
    abortHere.abort();
  });

  it('publishes the summary once per change, not once per step', async () => {
    document.body.innerHTML = SUMMIT;
    startGate(document, abort.signal, services, load);
    await vi.waitFor(() => expect(document.querySelector('mark[data-summit-id]')).not.toBeNull());
    await settle();
    const summaries = sent.filter((m) => (m as Envelope).type === 'pageSummaryChanged');
    expect(summaries).toHaveLength(1);
  });

  it('loads it when a settings change asks for every page', async () => {
    document.body.innerHTML = UNRELATED;
    startGate(document, abort.signal, services, load);
    await settle();
    expect(load).not.toHaveBeenCalled();
    await saveSettings({ ...base, when: 'every' });
    await vi.waitFor(() => expect(document.querySelector('mark[data-summit-id]')).not.toBeNull());
  });

  it('says so when loading fails, and tries again on the next demand', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    load.mockRejectedValueOnce(new Error('no background'));
    document.body.innerHTML = SUMMIT;
    startGate(document, abort.signal, services, load);
    await vi.waitFor(() => expect(warn).toHaveBeenCalledTimes(1));
    expect(document.querySelector('mark')).toBeNull();
    expect((await send('getPageSummary', undefined)).relevant).toBe(true);
    expect(load).toHaveBeenCalledTimes(2);
    warn.mockRestore();
  });

  it('starts nothing when the content script is gone before the highlighter arrives', async () => {
    const start = vi.fn(startForTests);
    load.mockResolvedValueOnce(start);
    document.body.innerHTML = SUMMIT;
    startGate(document, abort.signal, services, load);
    abort.abort();
    await settle();
    expect(load).toHaveBeenCalledTimes(1);
    expect(start).not.toHaveBeenCalled();
    expect(document.querySelector('mark')).toBeNull();
  });

  it('tests the new page when an app navigates, and loads the highlighter for a summit one', async () => {
    let navigate = () => undefined as void;
    document.body.innerHTML = UNRELATED;
    startGate(document, abort.signal, services, load, (listener) => (navigate = listener));
    await settle();
    expect(load).not.toHaveBeenCalled();
    document.body.innerHTML = SUMMIT;
    navigate();
    await vi.waitFor(() => expect(document.querySelector('mark[data-summit-id]')).not.toBeNull());
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('has the loaded highlighter judge the page afresh when an app navigates', async () => {
    let navigate = () => undefined as void;
    document.body.innerHTML = SUMMIT;
    startGate(document, abort.signal, services, load, (listener) => (navigate = listener));
    await vi.waitFor(() => expect(document.querySelector('mark[data-summit-id]')).not.toBeNull());
    history.pushState(null, '', '/markets');
    document.body.innerHTML = UNRELATED;
    navigate();
    await vi.waitFor(() => expect(performance.getEntriesByName(JUDGED_MARK)).toHaveLength(2));
    expect(await send('getPageSummary', undefined)).toMatchObject({
      relevant: false,
      highlighted: false,
      items: [],
    });
    expect(document.querySelector('mark')).toBeNull();
    expect(load).toHaveBeenCalledTimes(1);
  });

  describe('watching the page for navigations (navigation-watch.ts)', () => {
    /** A body an app swaps in (Turbo, pjax), holding `html`. */
    const swapBody = (html: string) => {
      const body = document.createElement('body');
      body.innerHTML = html;
      document.body.replaceWith(body);
      return body;
    };
    const watching = (listener: () => void) => watchNavigation(document, abort.signal, listener);

    it('loads the highlighter for a summit body swapped into a page it left alone', async () => {
      document.body.innerHTML = UNRELATED;
      startGate(document, abort.signal, services, load, watching);
      await settle();
      expect(load).not.toHaveBeenCalled();
      const summit = swapBody(SUMMIT);
      await vi.waitFor(() => expect(summit.querySelector('mark[data-summit-id]')).not.toBeNull());
      expect(await send('getPageSummary', undefined)).toMatchObject({
        relevant: true,
        highlighted: true,
      });
    });

    it('has the highlighter follow the body to an unrelated article', async () => {
      document.body.innerHTML = SUMMIT;
      startGate(document, abort.signal, services, load, watching);
      const summit = document.body;
      await vi.waitFor(() => expect(summit.querySelector('mark[data-summit-id]')).not.toBeNull());
      history.pushState(null, '', '/markets-swapped');
      const unrelated = swapBody(UNRELATED);
      await vi.waitFor(() => expect(performance.getEntriesByName(JUDGED_MARK)).toHaveLength(2));
      expect(await send('getPageSummary', undefined)).toMatchObject({
        relevant: false,
        highlighted: false,
        items: [],
      });
      expect(summit.querySelector('mark')).toBeNull();
      expect(unrelated.innerHTML).toBe(UNRELATED);
    });
  });
});

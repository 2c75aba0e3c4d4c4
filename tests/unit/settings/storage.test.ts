import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { DEFAULT_SETTINGS, type Settings } from '@/src/settings/schema';
import { loadSettings, saveSettings, SETTINGS_KEY, watchSettings } from '@/src/settings/storage';

const custom: Settings = { ...DEFAULT_SETTINGS, when: 'every', neverOn: ['127.0.0.1'] };

describe('settings storage', () => {
  let warn: ReturnType<typeof vi.spyOn>;
  beforeEach(() => {
    fakeBrowser.reset();
    warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  });
  afterEach(() => warn.mockRestore());

  it('loads the defaults from empty storage, silently', async () => {
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
    expect(warn).not.toHaveBeenCalled();
  });

  it('saves to storage.sync and loads the same settings back', async () => {
    await saveSettings(custom);
    expect(await fakeBrowser.storage.sync.get(SETTINGS_KEY)).toEqual({ [SETTINGS_KEY]: custom });
    expect(await loadSettings()).toEqual(custom);
  });

  it('migrates a stored v1 record when loading (and leaves storage alone)', async () => {
    const v1 = { version: 1, highlightMode: false, palette: 'high-contrast' };
    await fakeBrowser.storage.sync.set({ [SETTINGS_KEY]: v1 });
    expect(await loadSettings()).toEqual({
      ...DEFAULT_SETTINGS,
      when: 'asked',
      highContrast: true,
    });
    expect((await fakeBrowser.storage.sync.get(SETTINGS_KEY))[SETTINGS_KEY]).toEqual(v1);
  });

  it('keeps the valid values of corrupt storage and says so once in the console', async () => {
    await fakeBrowser.storage.sync.set({
      [SETTINGS_KEY]: { version: 2, when: 'every', highContrast: 'maybe', neverOn: [1] },
    });
    expect(await loadSettings()).toEqual({ ...DEFAULT_SETTINGS, when: 'every' });
    await loadSettings();
    expect(warn).toHaveBeenCalledOnce();
    const message = String(warn.mock.calls[0]![0]);
    expect(message).toContain('highContrast: "maybe" is not true or false');
    expect(message).toContain('neverOn: 1 is not a hostname');
  });

  it('uses the defaults when storage.sync cannot be read', async () => {
    vi.spyOn(fakeBrowser.storage.sync, 'get').mockRejectedValueOnce(new Error('sync is off'));
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
    expect(warn).toHaveBeenCalledOnce();
  });

  it('tells watchers about every change, validated, until unsubscribed', async () => {
    const seen: Settings[] = [];
    const stop = watchSettings((settings) => seen.push(settings));
    await saveSettings(custom);
    await fakeBrowser.storage.sync.set({ [SETTINGS_KEY]: { version: 2, when: 'never' } });
    await fakeBrowser.storage.sync.set({ unrelated: 1 });
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: custom });
    await fakeBrowser.storage.sync.remove(SETTINGS_KEY);
    stop();
    await saveSettings(custom);
    expect(seen).toEqual([custom, DEFAULT_SETTINGS, DEFAULT_SETTINGS]);
  });

  it('stops watching when the signal aborts', async () => {
    const seen: Settings[] = [];
    const abort = new AbortController();
    watchSettings((settings) => seen.push(settings), abort.signal);
    abort.abort();
    await saveSettings(custom);
    expect(seen).toEqual([]);
  });
});

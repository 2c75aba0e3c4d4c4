import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import type { Envelope } from '@/src/messaging/protocol';
import { createContentServices } from '@/src/content/services';
import { DEFAULT_SETTINGS } from '@/src/settings/schema';
import { saveSettings } from '@/src/settings/storage';

let abort: AbortController;
beforeEach(async () => {
  fakeBrowser.reset();
  await saveSettings(DEFAULT_SETTINGS);
  abort = new AbortController();
});
afterEach(() => abort.abort());

describe('createContentServices', () => {
  it('sees a change stored while the first read was on its way', async () => {
    const services = createContentServices(abort.signal);
    await saveSettings({ ...DEFAULT_SETTINGS, when: 'every' });
    expect((await services.settings()).when).toBe('every');
  });

  it('fans one watch out to every watcher until each one’s signal ends', async () => {
    const services = createContentServices(abort.signal);
    const first = vi.fn();
    const second = vi.fn();
    const secondUntil = new AbortController();
    services.watchSettings(first, abort.signal);
    services.watchSettings(second, secondUntil.signal);
    await saveSettings({ ...DEFAULT_SETTINGS, when: 'asked' });
    secondUntil.abort();
    await saveSettings({ ...DEFAULT_SETTINGS, when: 'every' });
    expect(first.mock.calls.map(([s]) => s.when)).toEqual(['asked', 'every']);
    expect(second.mock.calls.map(([s]) => s.when)).toEqual(['asked']);
  });

  it('never adds a watcher whose signal has already ended', async () => {
    const services = createContentServices(abort.signal);
    const late = vi.fn();
    const ended = new AbortController();
    ended.abort();
    services.watchSettings(late, ended.signal);
    await saveSettings({ ...DEFAULT_SETTINGS, when: 'asked' });
    expect(late).not.toHaveBeenCalled();
  });

  it('publishes over the wire and shrugs off a background that is not there', async () => {
    const sent: unknown[] = [];
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(async (message) => {
      sent.push(message);
      throw new Error('Could not establish connection');
    });
    const services = createContentServices(abort.signal);
    const summary = {
      url: 'u',
      title: 't',
      relevant: false,
      reasons: [],
      highlighted: false,
      items: [],
    };
    services.publish(summary);
    await Promise.resolve();
    expect((sent[0] as Envelope).type).toBe('pageSummaryChanged');
  });
});

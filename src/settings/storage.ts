/**
 * The settings' one seam to the browser: `browser.storage.sync`, under one key. Nothing else
 * in src/settings touches `browser`; the content script, the options page and the tests go
 * through these three functions.
 */
import { browser } from 'wxt/browser';
import { readSettings } from './read-settings';
import type { Settings } from './schema';

/** The storage.sync key the settings live under. */
export const SETTINGS_KEY = 'settings';

let lastWarning = '';

/** Says once in the console (per page, per distinct set of problems) what was set right. */
function warnOnce(problems: readonly string[]): void {
  if (problems.length === 0) return;
  const text = `Summit Lens: some stored settings were invalid and use their defaults instead:\n- ${problems.join('\n- ')}`;
  if (text === lastWarning) return;
  lastWarning = text;
  console.warn(text);
}

const readAndWarn = (stored: unknown): Settings => {
  const { settings, problems } = readSettings(stored);
  warnOnce(problems);
  return settings;
};

/**
 * The stored settings, migrated and validated (read-settings.ts). Never rejects: when
 * storage.sync cannot be read (Firefox with sync storage disabled) the defaults are used.
 */
export async function loadSettings(): Promise<Settings> {
  try {
    const stored = await browser.storage.sync.get(SETTINGS_KEY);
    return readAndWarn(stored[SETTINGS_KEY]);
  } catch (error) {
    console.warn('Summit Lens: cannot read the settings; using the defaults.', error);
    return readAndWarn(undefined);
  }
}

/** Stores `settings` whole. Rejects when storage refuses (over quota, too many writes). */
export async function saveSettings(settings: Settings): Promise<void> {
  await browser.storage.sync.set({ [SETTINGS_KEY]: settings });
}

/**
 * Calls `callback` with the new settings (validated) each time they change in any context
 * of the extension, until the returned function is called or `signal` aborts.
 */
export function watchSettings(
  callback: (settings: Settings) => void,
  signal?: AbortSignal,
): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string): void => {
    if (area === 'sync' && Object.hasOwn(changes, SETTINGS_KEY)) {
      callback(readAndWarn(changes[SETTINGS_KEY]!.newValue));
    }
  };
  browser.storage.onChanged.addListener(listener);
  const stop = (): void => browser.storage.onChanged.removeListener(listener);
  signal?.addEventListener('abort', stop, { once: true });
  return stop;
}

import { useCallback, useEffect, useState } from 'preact/hooks';
import type { Settings } from '../settings/schema';
import { loadSettings, saveSettings, watchSettings } from '../settings/storage';

/** The settings as a page of the extension (options, popup) holds them, and how saving them went. */
export interface SettingsHandle {
  /** Undefined while loading. */
  settings: Settings | undefined;
  /**
   * Shows `next` at once and stores it (every open tab follows). Resolves to undefined once
   * stored, or to the storage's error message, after which the stored settings are shown again.
   */
  save: (next: Settings) => Promise<string | undefined>;
}

/** Loads the stored settings and follows changes made elsewhere (another page of the extension). */
export function useSettings(): SettingsHandle {
  const [settings, setSettings] = useState<Settings>();
  useEffect(() => {
    let live = true;
    void loadSettings().then((loaded) => live && setSettings(loaded));
    const stop = watchSettings(setSettings);
    return () => {
      live = false;
      stop();
    };
  }, []);
  const save = useCallback(async (next: Settings) => {
    setSettings(next);
    try {
      await saveSettings(next);
      return undefined;
    } catch (error) {
      setSettings(await loadSettings());
      return error instanceof Error ? error.message : String(error);
    }
  }, []);
  return { settings, save };
}

/** The manifest's keyboard commands, as the reader presses them. */
import { browser } from 'wxt/browser';

/**
 * Calls `listener` with each keyboard command of the manifest the reader presses (not
 * `_execute_action`, which the browser handles), and the tab it was pressed in when the
 * browser says (Chrome; Firefox 126+).
 */
export function onCommand(listener: (command: string, tabId?: number) => void): void {
  try {
    browser.commands.onCommand.addListener((command: string, tab?: { id?: number }) =>
      listener(command, tab?.id),
    );
  } catch {
    // No keyboard commands here: Firefox for Android has no `commands` API (nor, in unit
    // tests, does WXT's fakeBrowser).
  }
}

/** The extension's context-menu item on selected text, which opens the lookup window. */
import { browser } from 'wxt/browser';
import { openLookupWindow } from './windows';

/**
 * Adds the context-menu item `id` titled `title()` on selected text when the extension is
 * installed or updated, and opens the lookup window (openLookupWindow) with the selection
 * when it is chosen.
 */
export function onLookupSelection(id: string, title: () => string): void {
  try {
    browser.contextMenus.onClicked.addListener((info, tab) => {
      if (info.menuItemId !== id || !info.selectionText) return;
      void openLookupWindow(tab?.id, info.selectionText);
    });
  } catch {
    // No context menus here: Firefox for Android has no `contextMenus` API (nor, in unit
    // tests, does WXT's fakeBrowser unless a test stubs it).
    return;
  }
  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({ id, title: title(), contexts: ['selection'] });
  });
}

import { onCommand } from '../messaging/commands';
import { activeTab } from '../messaging/tabs';
import { sendToTab } from '../messaging/wire';

/**
 * Forwards command `command` to the content script of tab `tabId`: toggle-highlighting as
 * `toggleHighlighting`, next/previous-highlight as `moveHighlight`. Other commands, and tabs
 * without a content script (browser pages, stores), are ignored.
 */
export async function forwardCommand(command: string, tabId: number): Promise<void> {
  const sent =
    command === 'toggle-highlighting'
      ? sendToTab(tabId, 'toggleHighlighting', undefined)
      : command === 'next-highlight' || command === 'previous-highlight'
        ? sendToTab(tabId, 'moveHighlight', {
            direction: command === 'next-highlight' ? 'next' : 'previous',
          })
        : undefined;
  await sent?.catch(() => undefined);
}

/** Listens for the keyboard commands and forwards each to the tab it was pressed in. */
export function startCommands(): void {
  onCommand(async (command, tabId) => {
    const id = tabId ?? (await activeTab())?.id;
    if (id !== undefined) await forwardCommand(command, id);
  });
}

import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { forwardCommand, startCommands } from '@/src/background/commands';

type Listener = (command: string, tab?: { id?: number }) => void;

describe('keyboard commands', () => {
  let sent: { tabId: number; message: unknown }[];
  let listeners: Listener[];

  beforeEach(() => {
    fakeBrowser.reset();
    sent = [];
    listeners = [];
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation((async (
      tabId: number,
      message: unknown,
    ) => {
      sent.push({ tabId, message });
      return undefined;
    }) as never);
    // WXT's fakeBrowser does not implement commands.onCommand; stand in for it.
    vi.spyOn(fakeBrowser.commands.onCommand, 'addListener').mockImplementation((listener) => {
      listeners.push(listener as Listener);
    });
  });

  it.each([
    ['toggle-highlighting', { summitLens: 1, type: 'toggleHighlighting', data: undefined }],
    ['next-highlight', { summitLens: 1, type: 'moveHighlight', data: { direction: 'next' } }],
    [
      'previous-highlight',
      { summitLens: 1, type: 'moveHighlight', data: { direction: 'previous' } },
    ],
  ])('sends %s to the tab as %j', async (command, message) => {
    await forwardCommand(command, 7);
    expect(sent).toEqual([{ tabId: 7, message }]);
  });

  it('ignores commands it does not know', async () => {
    await forwardCommand('_execute_action', 7);
    await forwardCommand('something-else', 7);
    expect(sent).toEqual([]);
  });

  it('shrugs off a tab without a content script', async () => {
    vi.mocked(fakeBrowser.tabs.sendMessage).mockRejectedValueOnce(new Error('No receiver'));
    await expect(forwardCommand('next-highlight', 7)).resolves.toBeUndefined();
  });

  it('forwards to the tab the command was pressed in, else the active tab', async () => {
    startCommands();
    expect(listeners).toHaveLength(1);
    listeners[0]!('next-highlight', { id: 3 });
    await vi.waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0]!.tabId).toBe(3);
    vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([{ id: 9 }] as never);
    listeners[0]!('toggle-highlighting');
    await vi.waitFor(() => expect(sent).toHaveLength(2));
    expect(sent[1]!.tabId).toBe(9);
  });
});

import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing';
import background from '@/entrypoints/background';
import type { MessageType, Protocol } from '@/src/messaging/protocol';
import { send as sendMessage } from '../support/messages';

const fromTab = (id: number) => ({ tab: { id } }) as unknown as Browser.runtime.MessageSender;

/** A message from the content script of tab 7. */
const send = <T extends MessageType>(type: T, data: Protocol[T]['request']) =>
  sendMessage(type, data, fromTab(7));

describe('background: cards', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    background.main();
  });

  it('answers a card from the bundled dataset', async () => {
    expect(await send('getItemCard', { id: 'volodymyr-zelensky' })).toMatchObject({
      name: 'Volodymyr Zelensky',
      reportCount: 5,
      reportTotal: 5,
    });
    expect(await send('getItemCard', { id: 'figure:leaders:40' })).toBeUndefined();
  });

  it('opens the toolbar popup where it can', async () => {
    const openPopup = vi.fn(() => Promise.resolve());
    Object.assign(fakeBrowser.action, { openPopup });
    const create = vi.spyOn(fakeBrowser.windows, 'create');
    await send('openItemInPopup', { id: 'emmanuel-macron' });
    expect(openPopup).toHaveBeenCalledOnce();
    expect(create).not.toHaveBeenCalled();
  });

  it('else opens the popup page in a window, told the tab and the item', async () => {
    Object.assign(fakeBrowser.action, { openPopup: () => Promise.reject(new Error('no gesture')) });
    const create = vi.spyOn(fakeBrowser.windows, 'create').mockResolvedValue({} as never);
    await send('openItemInPopup', { id: 'emmanuel-macron' });
    expect(create).toHaveBeenCalledWith({
      url: expect.stringMatching(/\/popup\.html\?tabId=7&item=emmanuel-macron$/),
      type: 'popup',
      width: 420,
      height: 620,
    });
  });
});

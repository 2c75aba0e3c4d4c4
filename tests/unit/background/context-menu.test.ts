import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing';
import background from '@/entrypoints/background';
import { LOOKUP_MENU_ID } from '@/src/background/context-menu';
import { settle } from '../support/messages';

type OnClicked = (info: Browser.contextMenus.OnClickData, tab?: Browser.tabs.Tab) => void;

let clicked: OnClicked | undefined;

/** fakeBrowser has no contextMenus: stub the two calls the background makes. */
function stubMenus() {
  clicked = undefined;
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockReturnValue('Look up in Summit Lens');
  const create = vi.spyOn(fakeBrowser.contextMenus, 'create').mockReturnValue(LOOKUP_MENU_ID);
  vi.spyOn(fakeBrowser.contextMenus.onClicked, 'addListener').mockImplementation((listener) => {
    clicked = listener as OnClicked;
  });
  return create;
}

const click = (selectionText: string | undefined, tabId = 7, menuItemId = LOOKUP_MENU_ID) =>
  clicked?.(
    { menuItemId, selectionText, editable: false } as Browser.contextMenus.OnClickData,
    { id: tabId } as Browser.tabs.Tab,
  );

describe('context menu', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.restoreAllMocks();
  });

  it('adds "Look up in Summit Lens" on selected text when installed', async () => {
    const create = stubMenus();
    background.main();
    expect(create).not.toHaveBeenCalled();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install', temporary: false });
    expect(create).toHaveBeenCalledWith({
      id: LOOKUP_MENU_ID,
      title: 'Look up in Summit Lens',
      contexts: ['selection'],
    });
  });

  it('opens the popup page in a small window with the tab and the selection', async () => {
    stubMenus();
    const create = vi.spyOn(fakeBrowser.windows, 'create');
    background.main();
    click('German Gref');
    await vi.waitFor(() => expect(create).toHaveBeenCalled());
    const { url, ...rest } = create.mock.calls[0]![0]!;
    expect(rest).toEqual({ type: 'popup', width: 420, height: 640 });
    const query = new URL(url as string).searchParams;
    expect(query.get('tabId')).toBe('7');
    expect(query.get('q')).toBe('German Gref');
    expect(new URL(url as string).pathname).toBe('/popup.html');
  });

  it('ignores other menu items and empty selections', async () => {
    stubMenus();
    const create = vi.spyOn(fakeBrowser.windows, 'create');
    background.main();
    click(undefined);
    click('Macron', 7, 'someone-else');
    await settle();
    expect(create).not.toHaveBeenCalled();
  });

  it('starts without context menus where the browser has none', () => {
    expect(() => background.main()).not.toThrow();
  });
});

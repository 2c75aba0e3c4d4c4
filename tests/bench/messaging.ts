import type { Page } from 'puppeteer-core';

type Api = {
  tabs: {
    query(q: object): Promise<{ id?: number; url?: string }[]>;
    sendMessage(id: number, m: object): Promise<unknown>;
  };
};

/**
 * The id of the tab showing `url`, asked from the extension page `control`: each tab's content
 * script is asked for its page summary (the extension has no `tabs` permission to read URLs).
 */
export async function tabIdFor(control: Page, url: string): Promise<number> {
  for (let attempt = 0; attempt < 50; attempt++) {
    const id = await control.evaluate(async (wanted) => {
      const api = (globalThis as unknown as { chrome: Api }).chrome;
      for (const tab of await api.tabs.query({})) {
        if (tab.id === undefined) continue;
        const summary = (await api.tabs
          .sendMessage(tab.id, { summitLens: 1, type: 'getPageSummary' })
          .catch(() => undefined)) as { url?: string } | undefined;
        if (summary?.url === wanted) return tab.id;
      }
      return undefined;
    }, url);
    if (id !== undefined) return id;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`no tab shows ${url}`);
}

/**
 * Sends the content script of `tabId` the extension's own `setHighlighting` message, as the
 * popup does, and resolves with its reply (after the highlighting is done: the handler is
 * synchronous).
 */
export function setHighlighting(control: Page, tabId: number, on: boolean): Promise<unknown> {
  return control.evaluate(
    (id, on) => {
      const api = (globalThis as unknown as { chrome: Api }).chrome;
      return api.tabs.sendMessage(id, { summitLens: 1, type: 'setHighlighting', data: { on } });
    },
    tabId,
    on,
  );
}

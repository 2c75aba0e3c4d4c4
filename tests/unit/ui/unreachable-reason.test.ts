import { describe, expect, it } from 'vitest';
import { unreachableReason } from '@/src/ui/unreachable-reason';

describe('unreachableReason', () => {
  it.each([
    [undefined, 'browser-page'],
    ['', 'browser-page'],
    ['not a url', 'browser-page'],
    ['chrome://settings/', 'browser-page'],
    ['about:addons', 'browser-page'],
    ['file:///home/reader/summit.html', 'browser-page'],
    ['moz-extension://abc/popup.html', 'browser-page'],
    ['https://chromewebstore.google.com/detail/x', 'store'],
    ['https://chrome.google.com/webstore/category/extensions', 'store'],
    ['https://addons.mozilla.org/en-US/firefox/', 'store'],
    ['https://microsoftedge.microsoft.com/addons', 'store'],
    ['https://news.example/ukraine-summit.PDF', 'pdf'],
    ['https://news.example/ukraine-summit.pdf?download=1', 'pdf'],
    ['https://news.example/ukraine-summit', 'not-started'],
    ['http://127.0.0.1:8080/report.html', 'not-started'],
  ])('%s: %s', (url, reason) => {
    expect(unreachableReason(url)).toBe(reason);
  });
});

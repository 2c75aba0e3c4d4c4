import { browser } from 'wxt/browser';

// What every WXT content script pays before its own work: the context, the polyfill (its
// `browser` used once, as the gate uses it), and the bench's pass marks.
export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  noScriptStartedPostMessage: true,
  main() {
    performance.mark('summit-lens:start');
    if (browser.runtime.id) performance.mark('summit-lens:done');
    performance.measure('summit-lens', 'summit-lens:start', 'summit-lens:done');
  },
});

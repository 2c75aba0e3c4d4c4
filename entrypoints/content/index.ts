import { startGate } from '@/src/content/gate';
import { createContentServices } from '@/src/content/services';
import { loadHighlighter } from '@/src/content/load-highlighter';
import { watchNavigation } from '@/src/content/navigation-watch';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  // WXT's older announcement of a started script, a postMessage every page would receive;
  // its document event does the same job without reaching the page's message listeners.
  noScriptStartedPostMessage: true,
  main(ctx) {
    startGate(
      document,
      ctx.signal,
      createContentServices(ctx.signal),
      loadHighlighter,
      (listener) => watchNavigation(document, ctx.signal, listener),
    );
  },
});

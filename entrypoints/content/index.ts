import { startSummitLens } from '@/src/page/start';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main(ctx) {
    startSummitLens(document, ctx.signal);
  },
});

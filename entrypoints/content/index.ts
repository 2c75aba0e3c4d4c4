import { startSummitLens } from '@/src/page/start';
import { loadSettings } from '@/src/settings/storage';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  async main(ctx) {
    const settings = await loadSettings();
    if (!ctx.isInvalid) startSummitLens(document, ctx.signal, settings);
  },
});

import matcherData from 'virtual:summit-matcher';
import { createWrappedRenderer } from '@/src/highlight/wrapped/wrapped-renderer';
import { offerHighlighter } from '@/src/content/handoff';
import { lazyPageScanner } from '@/src/reading/page-scanner';
import { startSession } from '@/src/content/session';

// The highlighter that wraps, with mark.js: loaded instead of the painting one where the
// reader asked for highlights Tab can reach, or where the browser cannot paint (Firefox
// before 140). mark.js is in this script only.
export default defineUnlistedScript(() => {
  offerHighlighter(
    (doc, signal, services, start) =>
      startSession(
        doc,
        signal,
        {
          ...services,
          scannerFor: lazyPageScanner(matcherData),
          languages: matcherData.languages,
          event: matcherData.event,
          renderer: createWrappedRenderer,
        },
        start,
      ),
    'wrapped',
  );
});

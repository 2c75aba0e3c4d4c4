import matcherData from 'virtual:summit-matcher';
import { browserHighlightApi } from '@/src/highlight/painted/highlight-api';
import { createPaintedRenderer } from '@/src/highlight/painted/painted-renderer';
import { offerHighlighter } from '@/src/content/handoff';
import { lazyPageScanner } from '@/src/reading/page-scanner';
import { startSession } from '@/src/content/session';

// The highlighter that paints: run by the background in a page whose gate (entrypoints/content)
// found it names Ukraine, or whose reader or settings ask for highlights, where the browser has
// the CSS Custom Highlight API and the reader did not ask for wrapped highlights. It hands
// itself over with what the gate's services lack: its scanner, the matcher data, its renderer.
export default defineUnlistedScript(() => {
  const api = browserHighlightApi();
  if (!api) return; // the gate asks for the wrapped highlighter where there is no painter
  offerHighlighter((doc, signal, services, start) =>
    startSession(
      doc,
      signal,
      {
        ...services,
        scannerFor: lazyPageScanner(matcherData),
        languages: matcherData.languages,
        event: matcherData.event,
        renderer: (page) => createPaintedRenderer(page, api),
      },
      start,
    ),
  );
});

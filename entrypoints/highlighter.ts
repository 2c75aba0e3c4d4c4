import matcherData from 'virtual:summit-matcher';
import { offerLens } from '@/src/page/lens-handoff';
import { lazyPageScanner } from '@/src/page/page-scanner';
import { startSummitLens } from '@/src/page/start';

// The highlighter: run by the background in a page whose gate (entrypoints/content) found it
// names Ukraine, or whose reader or settings ask for highlights. It hands itself over, with
// the one thing the gate's services lack: its scanner and the matcher data.
export default defineUnlistedScript(() => {
  offerLens((doc, signal, services, hints) =>
    startSummitLens(doc, signal, { ...services, scan: lazyPageScanner(matcherData) }, hints),
  );
});

import { offerLens } from '@/src/page/lens-handoff';
import { startSummitLens } from '@/src/page/start';

// The highlighter: run by the background in a page whose gate (entrypoints/content) found it
// names Ukraine, or whose reader or settings ask for highlights. It only hands itself over.
export default defineUnlistedScript(() => {
  offerLens(startSummitLens);
});

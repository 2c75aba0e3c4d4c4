import { CONTENT_MESSAGES, onMessages, type Handlers } from '../messaging';
import type { Settings } from '../settings/schema';
import { loadSettings, watchSettings } from '../settings/storage';
import { highlightsByDefault } from './apply-settings';
import { markPassDone, markPassStart } from './pass-marks';
import { recheckAfterNavigation } from './after-navigation';
import type { LensHints, LensPage, StartLens } from './lens-handoff';
import { namesUkraine } from './relevance';

/**
 * The content script proper, on every page: a few KB that decide whether the highlighter
 * (lens.js, 70-odd KB with the matcher's data) is needed, and load it only then.
 *
 * It is needed at once on a page whose text names Ukraine (one native regex test), and on
 * any page the settings highlight regardless of relevance (`when: every`, a site always on).
 * Otherwise the page costs that one test and a read of the settings: no DOM walk, no DOM
 * change, no message (the browser clears the tab's badge when it navigates). The gate still
 * answers the popup and the keyboard commands there: the first such message loads the
 * highlighter and is answered by it; a settings change that now wants highlights loads it
 * too. `load` runs the highlighter script and returns its start
 * function (load-lens.ts); a failed load is retried on the next demand.
 *
 * `onNavigate` subscribes to the document moving to another page without reloading (an
 * app's `history.pushState`): the gate then tests the new page's text, a few times while the
 * app renders it, or the highlighter, once loaded, judges the new page afresh.
 */
export function startGate(
  doc: Document,
  signal: AbortSignal,
  load: () => Promise<StartLens>,
  onNavigate?: (listener: () => void) => void,
): void {
  markPassStart();
  const body = doc.body;
  if (!body) return;
  let lens: Promise<LensPage | undefined> | undefined;
  const wake = (settings?: Settings, hints?: LensHints): Promise<LensPage | undefined> => {
    lens ??= Promise.all([load(), settings ?? loadSettings()]).then(
      ([start, latest]) => (signal.aborted ? undefined : start(doc, signal, latest, hints)),
      (error: unknown) => {
        lens = undefined;
        throw error;
      },
    );
    return lens;
  };
  const forward: Handlers = Object.fromEntries(
    CONTENT_MESSAGES.map((type) => [
      type,
      async (data: unknown) => {
        const handlers = (await wake())?.handlers as Record<string, (d: unknown) => unknown>;
        return handlers?.[type]?.(data);
      },
    ]),
  );
  onMessages(forward, signal);

  let cancelRecheck: () => void = () => undefined;
  onNavigate?.(() => {
    cancelRecheck();
    if (lens) {
      lens.then((page) => page?.navigated(), reportLoadFailure);
      return;
    }
    cancelRecheck = recheckAfterNavigation(() => {
      if (lens) return true;
      if (!namesUkraine(doc)) return false;
      wake(undefined, { namesUkraine: true }).catch(reportLoadFailure);
      return true;
    }, signal);
  });

  if (namesUkraine(doc)) {
    wake(undefined, { namesUkraine: true }).catch(reportLoadFailure);
    return;
  }
  const hostname = doc.location?.hostname ?? '';
  const consider = (settings: Settings) => {
    if (!signal.aborted && highlightsByDefault(settings, hostname, false)) {
      wake(settings).catch(reportLoadFailure);
    }
  };
  watchSettings(consider, signal);
  void loadSettings().then((settings) => {
    consider(settings);
    if (!lens) markPassDone();
  });
}

function reportLoadFailure(error: unknown): void {
  console.warn('Summit Lens: the highlighter could not be loaded on this page.', error);
}

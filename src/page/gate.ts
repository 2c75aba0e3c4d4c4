import { onMessages } from '../messaging/wire';
import type { Settings } from '../settings/schema';
import { highlightsByDefault } from './page-control';
import { recheckAfterNavigation } from './after-navigation';
import { answers } from './gate-answers';
import type { GateServices } from './gate-services';
import type { LensHints, LensPage, StartLens } from './lens-handoff';
import { markPassDone, markPassStart } from './pass-marks';
import { namesUkraine } from './relevance';

/**
 * The content script proper, on every page, and its composition root: a few KB that decide
 * whether the highlighter (highlighter.js, 70-odd KB with the matcher's data) is needed, load it only
 * then, and hand it the services they made (`services`, gate-services.ts).
 *
 * It is needed at once on a page whose text names Ukraine (one native regex test), and on
 * any page the settings highlight regardless of relevance (`when: every`, a site always on).
 * Otherwise the page costs that one test and a read of the settings: no DOM walk, no DOM
 * change, no message. The gate answers the popup and the keyboard commands there itself
 * (nothing judged, nothing highlighted); a request to highlight loads the highlighter, as
 * does a settings change that now wants highlights. `load` runs the highlighter script and
 * returns its start function (load-lens.ts); a failed load is retried on the next demand.
 *
 * `onNavigate` subscribes to the document moving to another page without reloading (an
 * app's `history.pushState`): the gate then tests the new page's text, a few times while the
 * app renders it, or the highlighter, once loaded, judges the new page afresh.
 */
export function startGate(
  doc: Document,
  signal: AbortSignal,
  services: GateServices,
  load: () => Promise<StartLens>,
  onNavigate?: (listener: () => void) => void,
): void {
  markPassStart();
  const body = doc.body;
  if (!body) return;
  let lens: Promise<LensPage | undefined> | undefined;
  // Once the page wants the highlighter, a failed load is retried at the next demand.
  let wanted = false;
  const wake = (hints?: LensHints): Promise<LensPage | undefined> => {
    wanted = true;
    lens ??= Promise.all([load(), services.settings()]).then(
      ([start, settings]) =>
        signal.aborted ? undefined : start(doc, signal, { ...services, settings }, hints),
      (error: unknown) => {
        lens = undefined;
        throw error;
      },
    );
    return lens;
  };
  onMessages(
    answers(doc, () => lens ?? (wanted ? wake() : undefined), wake),
    signal,
  );

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
      wake({ namesUkraine: true }).catch(reportLoadFailure);
      return true;
    }, signal);
  });

  if (namesUkraine(doc)) {
    wake({ namesUkraine: true }).catch(reportLoadFailure);
    return;
  }
  const hostname = doc.location?.hostname ?? '';
  const consider = (settings: Settings) => {
    if (!signal.aborted && !lens && highlightsByDefault(settings, hostname, false)) {
      wake().catch(reportLoadFailure);
    }
  };
  services.watchSettings(consider, signal);
  void services.settings().then((settings) => {
    consider(settings);
    if (!lens) markPassDone();
  });
}

function reportLoadFailure(error: unknown): void {
  console.warn('Summit Lens: the highlighter could not be loaded on this page.', error);
}

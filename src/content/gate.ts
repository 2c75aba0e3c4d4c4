import { onMessages } from '../messaging/wire';
import type { Settings } from '../settings/schema';
import { highlightsByDefault } from './page-control';
import { recheckAfterNavigation } from './after-navigation';
import { answers } from './gate-answers';
import type { ContentServices, RendererName, Session, StartHighlighter } from './handoff';
import { markPassDone, markPassStart } from './pass-marks';
import { namesUkraine } from '../reading/relevance';
import ukraineGate from 'virtual:summit-gate';

/**
 * The content script proper, on every page, and its composition root: a small script that
 * decides whether the highlighter (highlighter.js, with the engine and the matcher's data) is
 * needed, loads it only then, and hands it the services it made (`services`, services.ts).
 *
 * It is needed at once on a page whose text names Ukraine (one native regex test), and on
 * any page the settings highlight regardless of relevance (`when: every`, a site always on).
 * Otherwise the page costs that one test and a read of the settings: no DOM walk, no DOM
 * change, no message. The gate answers the popup and the keyboard commands there itself
 * (nothing judged, nothing highlighted); a request to highlight loads the highlighter, as
 * does a settings change that now wants highlights. `load` runs the highlighter script and
 * returns its start function (load-session.ts); a failed load is retried on the next demand.
 *
 * `onNavigate` subscribes to the document moving to another page without loading one (a new
 * address through the History API, back, forward, or a new `<body>`: navigation-watch.ts):
 * the gate then tests the new page's text, again while the app renders it, or the
 * highlighter, once loaded, judges the new page afresh.
 */
export function startGate(
  doc: Document,
  signal: AbortSignal,
  services: ContentServices,
  load: (renderer: RendererName) => Promise<StartHighlighter>,
  onNavigate?: (listener: () => void) => void,
): void {
  markPassStart();
  if (!doc.body) return;
  let session: Promise<Session | undefined> | undefined;
  // The running highlighter's renderer, and what ends it (a change of renderer does).
  let running: { renderer: RendererName; stop: AbortController } | undefined;
  // Once the page wants the highlighter, a failed load is retried at the next demand.
  let wanted = false;
  const wake = (namesUkraine?: boolean): Promise<Session | undefined> => {
    wanted = true;
    if (session) return session;
    const made = services.settings().then(async (settings) => {
      const renderer = rendererFor(settings, hasPainter());
      const start = await load(renderer);
      if (signal.aborted) return undefined;
      const stop = new AbortController();
      signal.addEventListener('abort', () => stop.abort(), { once: true });
      running = { renderer, stop };
      return start(doc, stop.signal, services, { settings, namesUkraine });
    });
    made.catch(() => {
      if (session === made) session = undefined;
    });
    session = made;
    return made;
  };
  // A change of renderer (the reader's choice to wrap) ends the highlighter and loads the other.
  services.watchSettings((settings) => {
    if (!running || running.renderer === rendererFor(settings, hasPainter())) return;
    running.stop.abort();
    running = undefined;
    session = undefined;
    wake().catch(reportLoadFailure);
  }, signal);
  onMessages(
    answers(doc, () => session ?? (wanted ? wake() : undefined), wake),
    signal,
  );

  let cancelRecheck: () => void = () => undefined;
  onNavigate?.(() => {
    cancelRecheck();
    if (session) {
      session.then((page) => page?.navigated(), reportLoadFailure);
      return;
    }
    cancelRecheck = recheckAfterNavigation(
      doc,
      () => {
        if (session) return true;
        if (!namesUkraine(doc, ukraineGate)) return false;
        wake(true).catch(reportLoadFailure);
        return true;
      },
      signal,
    );
  });

  if (namesUkraine(doc, ukraineGate)) {
    wake(true).catch(reportLoadFailure);
    return;
  }
  const hostname = doc.location?.hostname ?? '';
  const consider = (settings: Settings) => {
    if (!signal.aborted && !session && highlightsByDefault(settings, hostname, false)) {
      wake().catch(reportLoadFailure);
    }
  };
  services.watchSettings(consider, signal);
  void services.settings().then((settings) => {
    consider(settings);
    if (!session) markPassDone();
  });
}

/**
 * The renderer for `settings`: highlights are painted over the page (painted-renderer.ts)
 * where the browser can (`painter`), unless the reader chose to have them wrapped in it.
 */
export function rendererFor(settings: Settings, painter: boolean): RendererName {
  return painter && !settings.wrapHighlights ? 'painted' : 'wrapped';
}

/** Whether this browser paints highlights (the CSS Custom Highlight API; Firefox 140+). */
function hasPainter(): boolean {
  const scope = globalThis as { CSS?: { highlights?: unknown }; Highlight?: unknown };
  return scope.CSS?.highlights !== undefined && typeof scope.Highlight === 'function';
}

function reportLoadFailure(error: unknown): void {
  console.warn('Summit Lens: the highlighter could not be loaded on this page.', error);
}

import { createPageLegend } from '../legend/page-legend';
import type { LanguageData } from '../matching/language-data';
import type { SummitEvent } from '../matching/matcher-data';
import type { Match } from '../matching/types';
import type { Handlers } from '../messaging/protocol';
import type { RendererFactory } from '../highlight/renderer';
import { judgePage } from '../reading/judge-page';
import { unreadPage, type PageReading } from '../reading/page-reading';
import type { ScannerFor } from '../reading/page-scanner';
import type { Settings } from '../settings/schema';
import { followNavigation, printOf } from './after-navigation';
import type { ContentServices, Session, SessionStart } from './handoff';
import { createHighlightSwitch } from './highlight-switch';
import { createPageControl } from './page-control';
import { startPart } from './page-part';
import { placeOf, samePlace } from './navigation-watch';
import { markPassDone } from './pass-marks';
import { pageSummary } from './summarize';

/** The content script's services as the highlighter extends them with its own engine. */
export interface HighlighterServices extends ContentServices {
  /** The page scanner, in the page's language (page-scanner.ts). */
  scannerFor: ScannerFor;
  /** The language packs the scanner reads (matcher data; none: English alone). */
  languages?: readonly LanguageData[];
  /** The event a page is judged about (matcher data). */
  event: SummitEvent;
  /** Makes the renderer that draws the highlights (the highlighter script's own). */
  renderer: RendererFactory;
}

/** The performance mark set each time a session has judged its page (tests count them). */
export const JUDGED_MARK = 'summit-lens:judged';

/** What a session knows of its page at any moment; the summary is made from it. */
interface PageState {
  settings: Settings;
  /** The last judgement's reading (judge-page.ts); an unread page's until the first. */
  reading: PageReading;
  /** Every match found since that judgement, the page's later text included. */
  matches: Match[];
}

/**
 * The highlighter's session on one document: judge from its text whether it is about the
 * summit, highlight its story (and later additions) if the settings say so (page-control.ts),
 * follow changes to the settings at once, and keep the badge in step, publishing the summary
 * once per change. Everything it touches comes in `services`, the gate's own object extended
 * by the highlighter. Returns its answers to the popup and the keyboard commands, for the
 * gate to forward, and what to do when the document moves to another page without loading
 * one (another address, another body): once it shows another article than the one judged
 * last, drop everything of the old page and judge the new one (after-navigation.ts), always
 * in the document's current body. Everything is undone when `signal` aborts.
 */
export function startSession(
  doc: Document,
  signal: AbortSignal,
  services: HighlighterServices,
  start: SessionStart,
): Session {
  if (!doc.body) return { handlers: {}, navigated: () => undefined };
  // The page's body is read afresh each time: a page may swap in another (navigation-watch.ts).
  const body = (): HTMLElement => doc.body ?? doc.createElement('body');
  const unread = () => unreadPage(body(), services.scannerFor());
  const state: PageState = { settings: start.settings, reading: unread(), matches: [] };
  const legend =
    services.legend &&
    startPart('legend', signal, (until) =>
      createPageLegend(
        doc,
        until,
        { legend: services.legend!, t: services.t },
        () => state.settings,
      ),
    );
  const summary = () => pageSummary(doc, state.reading, state.matches, control.isOn);
  let published = '';
  const publish = () => {
    const now = summary();
    legend?.offer(now.highlighted ? now.items : []);
    // Once per change: a pass that ends where it began says nothing new.
    const said = JSON.stringify(now);
    if (said !== published) services.publish(now);
    published = said;
  };
  const control = createPageControl(
    (options) =>
      createHighlightSwitch(
        {
          get root() {
            return body();
          },
          read: (collected) => state.reading.readMore(collected),
          onMatches: (found, fresh) => {
            state.matches = fresh ? [...found] : state.matches.concat(found);
            publish();
          },
        },
        services,
        options,
      ),
    doc.location?.hostname ?? '',
    start.settings,
  );

  let stopJudging: () => void = () => undefined;
  let judged: { body: HTMLElement; print: string } | undefined;
  /** Judges the page from its text, then has the control carry out the decision. */
  const judge = (onDone?: () => void, namesUkraine = false) => {
    stopJudging();
    stopJudging = judgePage(
      body(),
      services.scannerFor,
      (reading) => {
        performance.mark(JUDGED_MARK);
        judged = { body: body(), print: printOf(doc) };
        state.reading = reading;
        state.matches = reading.matches;
        control.start(reading.relevance.relevant, reading.scanned, onDone);
        publish();
      },
      {
        namesUkraine,
        languages: services.languages,
        event: services.event,
        ...(services.scheduler ? { scheduler: services.scheduler } : {}),
      },
    );
  };
  // For the benchmark: the first pass ends once the page is drawn (or left alone).
  judge(markPassDone, start.namesUkraine === true);
  signal.addEventListener('abort', () => stopJudging());

  services.watchSettings((next) => {
    state.settings = next;
    if (control.update(next)) publish();
  }, signal);
  signal.addEventListener('abort', () => control.stop());

  // Where the page is, and what it showed when last judged: a navigation signalled again, or
  // before the session started, finds the document there and changes nothing.
  let place = placeOf(doc);
  let cancelRecheck: () => void = () => undefined;
  const navigated = () => {
    if (samePlace(placeOf(doc), place)) return;
    place = placeOf(doc);
    cancelRecheck();
    cancelRecheck = followNavigation(
      doc,
      {
        unchanged: () => {
          const same = judged?.body === doc.body && judged.print === printOf(doc);
          if (same) publish(); // the same page, at its new address
          return same;
        },
        takeUp: () => {
          stopJudging();
          control.reset();
          state.reading = unread();
          state.matches = [];
          judge();
        },
        judge: () => judge(),
        settled: () => control.isOn || state.reading.relevance.relevant,
      },
      signal,
    );
  };

  const handlers: Handlers = {
    getPageSummary: summary,
    setHighlighting: ({ on }) => {
      control.request(on);
      publish();
      return summary();
    },
    toggleHighlighting: () => {
      control.request(!control.isOn);
      publish();
      return summary();
    },
    moveHighlight: ({ direction }) => control.navigator?.move(direction) ?? false,
    revealItem: ({ id }) => control.navigator?.reveal(id) ?? false,
    listHighlights: () => control.navigator?.list() ?? [],
  };
  return { handlers, navigated };
}

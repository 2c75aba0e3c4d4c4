import type { CollectedText } from '../dom/collect-text';
import { isShown } from '../matching/scan';
import type { Match } from '../matching/types';
import type { LanguageData } from '../matching/language-data';
import type { SummitEvent } from '../matching/matcher-data';
import type { PageScan } from '../reading/page-scanner';
import type { PageSummary } from '../messaging/page-summary';
import type { Handlers } from '../messaging/protocol';
import type { Settings } from '../settings/schema';
import { recheckAfterNavigation } from './after-navigation';
import { createPageControl } from './page-control';
import { judgePage } from '../reading/judge-page';
import { createPageLegend } from '../legend/page-legend';
import { createHighlightSwitch } from './highlight-switch';
import type { StartHints, Session, SessionServices } from './handoff';
import { matchesWithin } from '../reading/main-text';
import type { RendererFactory } from '../highlight/renderer';
import { markPassDone } from './pass-marks';
import { storyRegion, type StoryRegion } from '../reading/story-region';
import { summarizeMatches, unjudgedSummary } from './summarize';

/** What the highlighter is given: the gate's services and its own scanner (entrypoints/highlighter.ts). */
export interface HighlighterServices extends SessionServices {
  /** Every match in a page's text, figures with no verdict included (page-scanner.ts). */
  scan: PageScan;
  /** The language packs the scanner reads (matcher data; none: English alone). */
  languages?: readonly LanguageData[];
  /** The event a page is judged about (matcher data). */
  event: SummitEvent;
  /** Makes the renderer that draws the highlights (the highlighter script's own). */
  renderer: RendererFactory;
}

/**
 * The highlighter's work on one document: decide from its text whether it is about the
 * summit, highlight its story (and later additions) if the settings say so
 * (page-control.ts), follow changes to the settings at once, and keep the badge in step,
 * publishing the summary once per change. Everything it touches comes in `services`
 * (handoff.ts), made by the gate. Returns its answers to the popup and the keyboard
 * commands, for the gate to forward, and what to do when the document moves to another
 * address (an app's navigation): judge it afresh. `hints` are what the gate already found.
 * Everything is undone when `signal` aborts.
 */
export function startSession(
  doc: Document,
  signal: AbortSignal,
  services: HighlighterServices,
  hints: StartHints = {},
): Session {
  const { settings, scheduler } = services;
  const body = doc.body;
  if (!body) return { handlers: {}, navigated: () => undefined };
  // The page's language, as its judgement found it: later text is read in it too.
  let language: string | undefined;
  const scan = (text: string) => services.scan(text, language).filter(isShown);
  let matches: Match[] = [];
  const freshSummary = (): PageSummary => unjudgedSummary(doc);
  let summary = freshSummary();
  // The story the page was judged by, kept for the text it adds later (each batch of a live
  // page would otherwise find it again); found afresh when the page replaced its element.
  let story: [StoryRegion | undefined] | undefined;
  const region = (): StoryRegion | undefined => {
    if (story?.[0] && !story[0].element.isConnected) story = undefined;
    return (story ??= [storyRegion(body)])[0];
  };
  // What a switch-on highlights of text it collects itself: the story's part (story-region.ts).
  const inStory = (collected: CollectedText, found: readonly Match[]): Match[] => {
    const within = region();
    return within ? matchesWithin(collected, found, within) : [...found];
  };
  let current = settings;
  const legend =
    services.legend && createPageLegend(doc, services.t, () => current, services.legend, signal);
  let published = '';
  const publish = () => {
    summary = { ...summary, highlighted: control.isOn, items: summarizeMatches(matches) };
    legend?.offer(control.isOn ? summary.items : []);
    // Once per change: a pass that ends where it began says nothing new.
    const said = JSON.stringify(summary);
    if (said !== published) services.publish(summary);
    published = said;
  };
  const onMatches = (found: readonly Match[], fresh: boolean) => {
    matches = fresh ? [...found] : matches.concat(found);
    publish();
  };
  const control = createPageControl(
    (options) =>
      createHighlightSwitch(body, scan, onMatches, {
        ...options,
        keep: inStory,
        cardService: services.cards,
        t: services.t,
        renderer: services.renderer,
        ...(scheduler ? { scheduler } : {}),
      }),
    doc.location?.hostname ?? '',
    settings,
  );

  let stopJudging: () => void = () => undefined;
  /** Judges the page from its text, then has the control carry out the decision. */
  const judge = (onDone?: () => void, namesUkraine = false) => {
    stopJudging();
    stopJudging = judgePage(
      body,
      services.scan,
      ({ relevance, matches: found, scanned, story: judgedBy, language: read }) => {
        if (judgedBy) story = [judgedBy.region];
        language = read?.lang;
        summary = { ...summary, ...relevance, ...(read ? { language: read } : {}) };
        matches = found;
        control.start(relevance.relevant, scanned, onDone);
        publish();
      },
      {
        namesUkraine,
        languages: services.languages,
        event: services.event,
        ...(scheduler ? { scheduler } : {}),
      },
    );
  };
  // For the benchmark: the first pass ends once the page is wrapped (or left alone).
  judge(markPassDone, hints.namesUkraine === true);
  signal.addEventListener('abort', () => stopJudging());

  const follow = (next: Settings) => {
    current = next;
    if (control.update(next)) publish();
  };
  services.watchSettings(follow, signal);
  signal.addEventListener('abort', () => control.stop());

  let cancelRecheck: () => void = () => undefined;
  const navigated = () => {
    cancelRecheck();
    stopJudging();
    control.reset();
    story = undefined;
    language = undefined;
    matches = [];
    summary = freshSummary();
    // The app may render the new article a moment later: look again until it is settled.
    cancelRecheck = recheckAfterNavigation(() => {
      if (control.isOn || summary.relevant) return true;
      judge();
      return false;
    }, signal);
  };

  const handlers: Handlers = {
    getPageSummary: () => summary,
    setHighlighting: ({ on }) => {
      control.request(on);
      publish();
      return summary;
    },
    toggleHighlighting: () => {
      control.request(!control.isOn);
      publish();
      return summary;
    },
    moveHighlight: ({ direction }) => control.navigator?.move(direction) ?? false,
    revealItem: ({ id }) => control.navigator?.reveal(id) ?? false,
    listHighlights: () => control.navigator?.list() ?? [],
  };
  return { handlers, navigated };
}

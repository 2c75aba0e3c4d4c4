import matcherData from 'virtual:summit-matcher';
import { isShown } from '../matching/scan';
import { createPageScanner } from './page-scanner';
import { matchesWithin } from './main-text';
import { storyRegion } from './story-region';
import type { CollectedText } from '../highlight/collect-text';
import type { Scanner } from '../matching/scan';
import type { Match } from '../matching/types';
import { sendToExtension, type Handlers } from '../messaging';
import { DEFAULT_SETTINGS, type Settings } from '../settings/schema';
import { loadSettings, watchSettings } from '../settings/storage';
import { recheckAfterNavigation } from './after-navigation';
import { createPageControl } from './apply-settings';
import { judgePage } from './judge-page';
import { createLens } from './lens';
import type { LensHints, LensPage } from './lens-handoff';
import { moveHighlight } from './move-highlight';
import { markPassDone } from './pass-marks';
import { createRevealer } from './reveal-item';
import { summarizeMatches } from './summarize';
import type { PageSummary } from './summary';

/**
 * Longest stretch, in ms, of scanning or wrapping before the page gets the main thread back:
 * half a frame, leaving room for the browser's own work.
 */
const SLICE_MS = 8;

/**
 * The content script's work on one document: gate it cheaply, decide from its text whether
 * it is about the summit, highlight it (and its later additions) if `settings` say so
 * (apply-settings.ts), follow changes to the settings at once, and keep the badge in step.
 * Returns its answers to the popup and the keyboard commands, for the caller to listen with
 * (gate.ts), and what to do when the document moves to another address (an app's
 * navigation): judge it afresh. `hints` are what the gate already found (lens-handoff.ts).
 * `sliceMs` is the longest stretch of work in one task (tests that read the page at once
 * pass Infinity, so no verdict waits for a later task on a busy machine).
 * Everything is undone when `signal` aborts.
 */
export function startSummitLens(
  doc: Document,
  signal: AbortSignal,
  settings: Settings = DEFAULT_SETTINGS,
  hints: LensHints = {},
  sliceMs = SLICE_MS,
): LensPage {
  const body = doc.body;
  if (!body) return { handlers: {}, navigated: () => undefined };
  let scanner: Scanner | undefined;
  const scanAll = (text: string) => (scanner ??= createPageScanner(matcherData)).scan(text);
  const scan = (text: string) => scanAll(text).filter(isShown);
  let matches: Match[] = [];
  const freshSummary = (): PageSummary => ({
    url: doc.location?.href ?? '',
    title: doc.title,
    relevant: false,
    reasons: [],
    highlighted: false,
    items: [],
  });
  let summary = freshSummary();
  // What the lens highlights of text it collects itself: the story's part (story-region.ts).
  const inStory = (collected: CollectedText, found: readonly Match[]): Match[] => {
    const region = storyRegion(body);
    return region ? matchesWithin(collected, found, region) : [...found];
  };
  const publish = () => {
    summary = { ...summary, highlighted: control.isOn, items: summarizeMatches(matches) };
    // The background may be asleep or reloading; a lost badge update is harmless.
    sendToExtension('pageSummaryChanged', summary).catch(() => undefined);
  };
  const onMatches = (found: readonly Match[], fresh: boolean) => {
    matches = fresh ? [...found] : matches.concat(found);
    publish();
  };
  const control = createPageControl(
    (options) => createLens(body, scan, onMatches, { ...options, sliceMs, keep: inStory }),
    doc.location?.hostname ?? '',
    settings,
  );

  let stopJudging: () => void = () => undefined;
  /** Judges the page from its text, then has the control carry out the decision. */
  const judge = (onDone?: () => void, namesUkraine = false) => {
    stopJudging();
    stopJudging = judgePage(
      body,
      scanAll,
      ({ relevance, matches: found, scanned }) => {
        summary = { ...summary, ...relevance };
        matches = found;
        control.start(relevance.relevant, scanned, onDone);
        publish();
      },
      { sliceMs, namesUkraine },
    );
  };
  // For the benchmark: the first pass ends once the page is wrapped (or left alone).
  judge(markPassDone, hints.namesUkraine === true);
  signal.addEventListener('abort', () => stopJudging());

  const follow = (next: Settings) => {
    if (control.update(next)) publish();
  };
  watchSettings(follow, signal);
  // A change stored while `settings` were being loaded reached no watcher: read them again.
  void loadSettings().then((latest) => signal.aborted || follow(latest));
  signal.addEventListener('abort', () => control.stop());

  let cancelRecheck: () => void = () => undefined;
  const navigated = () => {
    cancelRecheck();
    stopJudging();
    control.reset();
    matches = [];
    summary = freshSummary();
    // The app may render the new article a moment later: look again until it is settled.
    cancelRecheck = recheckAfterNavigation(() => {
      if (control.isOn || summary.relevant) return true;
      judge();
      return false;
    }, signal);
  };

  const reveal = createRevealer(doc);
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
    moveHighlight: ({ direction }) => moveHighlight(doc, direction),
    revealItem: ({ id }) => reveal(id),
  };
  return { handlers, navigated };
}

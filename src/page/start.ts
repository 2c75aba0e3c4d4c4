import matcherData from 'virtual:summit-matcher';
import { collectText } from '../highlight/collect-text';
import { createScanner } from '../matching/scan';
import type { Match } from '../matching/types';
import { sendToExtension, type Handlers } from '../messaging';
import { DEFAULT_SETTINGS, type Settings } from '../settings/schema';
import { loadSettings, watchSettings } from '../settings/storage';
import { recheckAfterNavigation } from './after-navigation';
import { createPageControl } from './apply-settings';
import { createLens } from './lens';
import { mainTextRoot, matchesWithin } from './main-text';
import type { LensPage } from './lens-handoff';
import { moveHighlight } from './move-highlight';
import { markPassDone } from './pass-marks';
import { createRevealer } from './reveal-item';
import { judgeRelevance, UKRAINE_GATE } from './relevance';
import { scanInSlices } from './scan-in-slices';
import { summarizeMatches } from './summarize';
import type { PageSummary } from './summary';

/**
 * Longest stretch, in ms, of scanning or wrapping before the page gets the main thread back:
 * half a frame, leaving room for the browser's own work.
 */
const SLICE_MS = 8;

/** Whether a mutation adds or changes text (an ad's empty iframe does not). */
const addsText = (record: MutationRecord): boolean =>
  record.type === 'characterData' ||
  [...record.addedNodes].some((node) => (node.textContent ?? '').trim() !== '');

/**
 * The content script's work on one document: gate it cheaply, decide from its text whether
 * it is about the summit, highlight it (and its later additions) if `settings` say so
 * (apply-settings.ts), follow changes to the settings at once, and keep the badge in step.
 * Returns its answers to the popup and the keyboard commands, for the caller to listen with
 * (gate.ts), and what to do when the document moves to another address (an app's
 * navigation): judge it afresh. Everything is undone when `signal` aborts.
 */
export function startSummitLens(
  doc: Document,
  signal: AbortSignal,
  settings: Settings = DEFAULT_SETTINGS,
): LensPage {
  const body = doc.body;
  if (!body) return { handlers: {}, navigated: () => undefined };
  let scanner: ReturnType<typeof createScanner> | undefined;
  const scan = (text: string) => (scanner ??= createScanner(matcherData)).scan(text);
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
    (options) => createLens(body, scan, onMatches, { ...options, sliceMs: SLICE_MS }),
    doc.location?.hostname ?? '',
    settings,
  );

  let stopJudging: () => void = () => undefined;
  /** Judges the page from its text, then has the control carry out the decision. */
  const judge = (onDone?: () => void) => {
    stopJudging();
    // Pages that never name Ukraine cost one native regex test and no DOM walk.
    if (!UKRAINE_GATE.test(doc.title + ' ' + body.textContent)) {
      control.start(false, undefined, onDone);
      publish();
      return;
    }
    const collected = collectText(body);
    let grown = false;
    let watch: MutationObserver | undefined;
    let scannedAll = false;
    const stopScan = scanInSlices(collected.text, scan, SLICE_MS, (found) => {
      scannedAll = true;
      watch?.disconnect();
      // The page's own story decides what it is about, not its sidebars (main-text.ts).
      const story = mainTextRoot(body);
      const judged = story === body ? found : matchesWithin(collected, found, story);
      summary = { ...summary, ...judgeRelevance(judged) };
      matches = found;
      // Text the page added while a long page was scanned over several tasks was never
      // collected: then the lens collects and scans the page afresh.
      control.start(summary.relevant, grown ? undefined : { collected, matches: found }, onDone);
      publish();
    });
    if (!scannedAll) {
      watch = new MutationObserver((records) => (grown ||= records.some(addsText)));
      watch.observe(body, { childList: true, characterData: true, subtree: true });
    }
    stopJudging = () => {
      stopScan();
      watch?.disconnect();
    };
  };
  // For the benchmark: the first pass ends once the page is wrapped (or left alone).
  judge(markPassDone);
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

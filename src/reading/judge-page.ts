import { collectText } from '../dom/collect-text';
import type { Cancel } from '../dom/next-task';
import type { Scheduler } from '../dom/scheduler';
import type { FigureMatch, Match } from '../matching/types';
import { storyRegion } from './story-region';
import { datelineDate, judgeDates } from './event-dates';
import { readPublished } from './page-date';
import { judgeRelevance, namesUkraine, ukraineGate } from './relevance';
import { summitPhrases } from './summit-phrases';
import { summitPattern } from '../matching/summit-pattern';
import { pageLanguage, type KnownLanguage } from './page-language';
import type { ScannerFor } from './page-scanner';
import {
  laterReader,
  shownInStory,
  unreadPage,
  withinStory,
  type PageReading,
} from './page-reading';
import type { LanguageData } from '../matching/language-data';
import type { SummitEvent } from '../matching/matcher-data';
import { scanInSlices } from './scan-in-slices';

/** How to judge. */
export interface JudgeOptions {
  /** Where the work gets its time (scheduler.ts); without one, all of it now. */
  scheduler?: Scheduler;
  /** The caller has just found the text naming Ukraine: skip that test (content/handoff.ts). */
  namesUkraine?: boolean;
  /** The languages read (the packs'; default: English alone, as the reports are written). */
  languages?: readonly LanguageData[];
  /** The event a page is judged about: its date, the items that tie a page to it. */
  event: SummitEvent;
}

const isDateFigure = (match: Match): match is FigureMatch =>
  match.kind === 'figure' && match.unit === 'date';

/** Whether a mutation adds or changes text (an ad's empty iframe does not). */
const addsText = (record: MutationRecord): boolean =>
  record.type === 'characterData' ||
  [...record.addedNodes].some((node) => (node.textContent ?? '').trim() !== '');

/**
 * Judges whether the page under `body` is about the summit and hands the verdict to
 * `onJudged`. A page that never names Ukraine costs one native regex test and is judged at
 * once, before this returns. Otherwise its text is collected, scanned in slices
 * (scan-in-slices.ts) and judged by its own story (main-text.ts), its dates (page-date.ts,
 * event-dates.ts) and its vocabulary (relevance.ts). `scannerFor`'s scan gives every match,
 * figures with no verdict included (their dates tell the event); `onJudged` gets what is shown. No task
 * holds the main thread much past the scheduler's slice: when collecting used up the task's time the
 * scan starts in a task of its own, and when scanning did, so does the verdict (its caller
 * goes on to highlight). A short page is judged within one task. Returns a cancel: after it,
 * `onJudged` never runs.
 */
export function judgePage(
  body: HTMLElement,
  scannerFor: ScannerFor,
  onJudged: (judged: PageReading) => void,
  { scheduler, namesUkraine: known = false, languages = [], event }: JudgeOptions,
): Cancel {
  if (!known && !namesUkraine(body.ownerDocument, ukraineGate(event))) {
    onJudged(unreadPage(body, scannerFor()));
    return () => undefined;
  }
  let taskStart = scheduler?.now() ?? 0;
  const spent = () => scheduler !== undefined && scheduler.now() - taskStart >= scheduler.sliceMs;
  let hop: Cancel | undefined;
  let stopScan: Cancel | undefined;
  const collected = collectText(body);
  const language = pageLanguage(body.ownerDocument, collected.text, readable(languages));
  if (!language.read) {
    // A page in a language no pack reads is left alone, as before language packs.
    onJudged({ ...unreadPage(body, scannerFor()), language });
    return () => undefined;
  }
  const pack = languages.find((each) => each.lang === language.lang);
  const scan = scannerFor(language.lang);
  let grown = false;
  const watch = new MutationObserver((records) => (grown ||= records.some(addsText)));
  // A shadow root is a tree of its own: the observer of the body does not see into it.
  for (const root of [body, ...(collected.shadowRoots ?? [])]) {
    watch.observe(root, { childList: true, characterData: true, subtree: true });
  }
  let scanReturned = false;
  const verdict = (found: Match[]): void => {
    const deliver = (): void => {
      // Text added up to now is in no collection: then the highlight switch collects afresh.
      watch.disconnect();
      // The page's own story decides what it is about, not its sidebars; only it is shown.
      const region = storyRegion(body, collected.shadowRoots);
      const judged = withinStory(collected, found, region);
      const dated =
        readPublished(body.ownerDocument, region?.element ?? body) ??
        datelineDate(event.date, collected.text, judged);
      const evidence = {
        dates: judgeDates(event.date, judged.filter(isDateFigure), dated),
        summitPhrases: pack
          ? withinStory(
              collected,
              summitPhrases(collected.text, summitPattern(pack.summit)),
              region,
            ).length
          : 0,
      };
      // Numbers with no verdict are neither highlighted nor listed.
      const shown = shownInStory(collected, found, region);
      onJudged({
        relevance: judgeRelevance(judged, event, evidence),
        matches: shown,
        scanned: grown ? undefined : { collected, matches: shown },
        language,
        readMore: laterReader(body, scan, region, collected.shadowRoots),
      });
    };
    // A later scan slice has used its task; so may have collecting and scanning a page.
    if (scheduler && (scanReturned || spent())) hop = scheduler.later(deliver);
    else deliver();
  };
  const startScan = (): void => {
    hop = undefined;
    stopScan = scanInSlices(collected.text, scan, scheduler, verdict);
    scanReturned = true;
  };
  if (scheduler && spent()) {
    hop = scheduler.later(() => {
      taskStart = scheduler.now();
      startScan();
    });
  } else startScan();
  return () => {
    hop?.();
    stopScan?.();
    watch.disconnect();
  };
}

/** The languages a page may be read in: the packs', else English alone. */
function readable(languages: readonly LanguageData[]): readonly KnownLanguage[] {
  return languages.length > 0 ? languages : [{ lang: 'en', detect: [] }];
}

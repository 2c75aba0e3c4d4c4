import matcherData from 'virtual:summit-matcher';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createScanner } from '@/src/matching/scan';
import { judgePage } from '@/src/reading/judge-page';
import type { PageReading } from '@/src/reading/page-reading';
import { ukraineGate } from '@/src/reading/relevance';
import { manualScheduler } from '../support/manual-scheduler';

const scan = createScanner(matcherData).scan;
/** The scan in every language: English's, the reports' own. */
const scannerFor = () => scan;
const { event } = matcherData;
const SUMMIT =
  '<p>Volodymyr Zelensky met Emmanuel Macron in Paris, where 26 countries pledged a ' +
  'reassurance force for Ukraine.</p>';
const longPage = () => SUMMIT + `<p>${'Quiet prose without names. '.repeat(60)}</p>`.repeat(250);

afterEach(() => {
  document.body.innerHTML = '';
});

describe('judgePage', () => {
  it('judges a page that never names Ukraine at once, with nothing scanned', () => {
    document.body.innerHTML = '<p>Emmanuel Macron spoke on tariffs in Paris.</p>';
    const onJudged = vi.fn();
    judgePage(document.body, scannerFor, onJudged, { scheduler: manualScheduler(8), event });
    const judged = onJudged.mock.calls[0]![0] as PageReading;
    expect(judged.relevance).toEqual({ relevant: false, reasons: [] });
    expect(judged.matches).toEqual([]);
    expect(judged.scanned).toBeUndefined();
  });

  it('scans a page the caller says names Ukraine without testing it again', () => {
    document.body.innerHTML = SUMMIT;
    const onJudged = vi.fn();
    const test = vi.spyOn(ukraineGate(event), 'test');
    judgePage(document.body, scannerFor, onJudged, { namesUkraine: true, event });
    expect(test).not.toHaveBeenCalled();
    test.mockRestore();
    const judged = onJudged.mock.calls[0]![0] as PageReading;
    expect(judged.relevance.relevant).toBe(true);
    expect(judged.scanned?.matches).toBe(judged.matches);
  });

  it('judges a page in later tasks once its clock says the slice is spent', () => {
    document.body.innerHTML = SUMMIT;
    const judged = vi.fn();
    const scheduler = manualScheduler(8);
    const slow = (text: string) => (scheduler.advance(10), scan(text));
    judgePage(document.body, () => slow, judged, { scheduler, event });
    expect(judged).not.toHaveBeenCalled();
    scheduler.runAll();
    expect(judged).toHaveBeenCalledTimes(1);
  });

  it('judges a long page in later tasks, and not at all once cancelled', () => {
    document.body.innerHTML = longPage();
    const judged = vi.fn();
    const scheduler = manualScheduler();
    judgePage(document.body, scannerFor, judged, { scheduler, event });
    expect(judged).not.toHaveBeenCalled();
    scheduler.runAll();
    expect(judged).toHaveBeenCalledTimes(1);
    const cancelled = vi.fn();
    const cancel = judgePage(document.body, scannerFor, cancelled, { scheduler, event });
    cancel();
    expect(scheduler.runAll()).toBe(0);
    expect(cancelled).not.toHaveBeenCalled();
  });

  it('hands over no scan when the page added text before the verdict was delivered', async () => {
    document.body.innerHTML = longPage();
    const onJudged = vi.fn();
    const scheduler = manualScheduler();
    judgePage(document.body, scannerFor, onJudged, { scheduler, event });
    document.body.appendChild(document.createElement('p')).textContent = 'Giorgia Meloni spoke.';
    // The observer's record arrives in a microtask, before the next slice.
    await Promise.resolve();
    scheduler.runAll();
    expect(onJudged).toHaveBeenCalledTimes(1);
    expect((onJudged.mock.calls[0]![0] as PageReading).scanned).toBeUndefined();
  });
});

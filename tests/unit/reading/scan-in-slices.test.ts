import { describe, expect, it, vi } from 'vitest';
import { BLOCK_SEPARATOR } from '@/src/dom/collect-text';
import type { Match } from '@/src/matching/types';
import { scanInSlices } from '@/src/reading/scan-in-slices';
import { manualScheduler } from '../support/manual-scheduler';

/** A toy scanner: every "Macron" is a person match. */
const scan = (text: string): Match[] =>
  [...text.matchAll(/Macron/g)].map((m) => ({
    kind: 'person',
    id: 'emmanuel-macron',
    start: m.index,
    end: m.index + 6,
    text: 'Macron',
  }));

/** `blocks` paragraphs of ~1 KB, each naming Macron once. */
const page = (blocks: number) =>
  Array.from({ length: blocks }, (_, i) => `${i} ${'x'.repeat(1000)} Macron.`).join(
    BLOCK_SEPARATOR,
  );

describe('scanInSlices', () => {
  it('scans a short page at once, before returning', () => {
    const onDone = vi.fn();
    scanInSlices(page(3), scan, manualScheduler(8), onDone);
    expect(onDone).toHaveBeenCalledTimes(1);
    expect(onDone.mock.calls[0]![0]).toEqual(scan(page(3)));
  });

  it('scans a long page over several tasks and finds what one scan finds', () => {
    const text = page(200); // ~200 KB: 13 pieces
    const onDone = vi.fn();
    const spy = vi.fn(scan);
    const scheduler = manualScheduler(); // a slice ends at its first look at the clock
    scanInSlices(text, spy, scheduler, onDone);
    expect(spy).toHaveBeenCalledTimes(1);
    expect(onDone).not.toHaveBeenCalled();
    expect(scheduler.runAll()).toBe(spy.mock.calls.length - 1);
    expect(onDone).toHaveBeenCalledTimes(1);
    expect(spy.mock.calls.length).toBeGreaterThan(10);
    expect(onDone.mock.calls[0]![0]).toEqual(scan(text));
  });

  it('cancelled, stops and never calls back', () => {
    const onDone = vi.fn();
    const spy = vi.fn(scan);
    const scheduler = manualScheduler();
    const cancel = scanInSlices(page(200), spy, scheduler, onDone);
    cancel();
    expect(scheduler.runAll()).toBe(0);
    expect(spy).toHaveBeenCalledTimes(1);
    expect(onDone).not.toHaveBeenCalled();
  });

  it('calls back with nothing for an empty text', () => {
    const onDone = vi.fn();
    scanInSlices('', scan, manualScheduler(8), onDone);
    expect(onDone).toHaveBeenCalledWith([]);
  });
});

import { BLOCK_SEPARATOR } from '../dom/collect-text';
import type { Cancel } from '../dom/next-task';
import { runInSlices, type Scheduler } from '../dom/scheduler';
import { chunkEnds, scanChunk } from '../matching/chunks';
import type { Match } from '../matching/types';

/** Characters scanned between two looks at the clock (a few ms of scanning, cold). */
const CHUNK_CHARS = 16_000;

/**
 * Scans `text` chunk by chunk (chunks end at block boundaries, so the matches are exactly one
 * scan's, see chunks.ts) in the slices of `scheduler` (scheduler.ts; all at once without
 * one), then calls `onDone` with every match. A short page is scanned at once and `onDone`
 * runs before this returns. The returned function cancels what is left (`onDone` then never
 * runs). One block longer than a chunk is scanned whole, in one task.
 */
export function scanInSlices(
  text: string,
  scan: (text: string) => Match[],
  scheduler: Scheduler | undefined,
  onDone: (matches: Match[]) => void,
): Cancel {
  const ends = chunkEnds(text, CHUNK_CHARS, BLOCK_SEPARATOR);
  const found: Match[] = [];
  let next = 0;
  let from = 0;
  const step = (): boolean => {
    if (next >= ends.length) return false;
    const end = ends[next++]!;
    for (const match of scanChunk(scan, text, from, end)) found.push(match);
    from = end;
    return next < ends.length;
  };
  return runInSlices(step, scheduler, () => onDone(found));
}

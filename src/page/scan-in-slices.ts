import { BLOCK_SEPARATOR } from '../highlight/collect-text';
import { nextTask, type Cancel } from '../highlight/next-task';
import { chunkEnds, scanPiece } from '../matching/chunks';
import type { Match } from '../matching/types';

/** Characters scanned between two looks at the clock (a few ms of scanning, cold). */
const PIECE_CHARS = 16_000;

/**
 * Scans `text` piece by piece (pieces end at block boundaries, so the matches are exactly one
 * scan's, see chunks.ts) for about `sliceMs` per task: the first slice now, each next one in
 * a task of its own, then calls `onDone` with every match. A short page is scanned at once and
 * `onDone` runs before this returns. The returned function cancels what is left (`onDone`
 * then never runs). One block longer than a piece is scanned whole, in one task.
 */
export function scanInSlices(
  text: string,
  scan: (text: string) => Match[],
  sliceMs: number,
  onDone: (matches: Match[]) => void,
): Cancel {
  const ends = chunkEnds(text, PIECE_CHARS, BLOCK_SEPARATOR);
  const found: Match[] = [];
  let next = 0;
  let from = 0;
  let cancel: Cancel | undefined;
  const slice = (): void => {
    cancel = undefined;
    const deadline = performance.now() + sliceMs;
    do {
      const end = ends[next++]!;
      for (const match of scanPiece(scan, text, from, end)) found.push(match);
      from = end;
    } while (next < ends.length && performance.now() < deadline);
    if (next < ends.length) cancel = nextTask(slice);
    else onDone(found);
  };
  if (ends.length === 0) onDone(found);
  else slice();
  return () => cancel?.();
}

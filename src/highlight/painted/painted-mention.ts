import type { Match } from '../../matching/types';
import type { HighlightNames } from '../../style/highlight-names';
import type { ShownMention } from '../renderer';

/** A painted mention: its live ranges (one per text node) and the words each was over. */
export interface PaintedMention extends ShownMention {
  readonly ranges: Range[];
  readonly words: string[];
  /** The registry name of the highlight it is painted in (highlight-names.ts). */
  readonly highlight: string;
}

/** Whether every range of `mention` still covers the words it was found in. */
export const alive = (mention: PaintedMention): boolean =>
  mention.ranges.every(
    (range, i) => range.startContainer.isConnected && range.toString() === mention.words[i],
  );

/** The cheap test, for a sweep over every mention: no range collapsed or detached. */
export const standing = (mention: PaintedMention): boolean =>
  mention.ranges.every((range) => !range.collapsed && range.startContainer.isConnected);

/**
 * A painted mention of `match`, numbered `number` among the page's, with no range yet (the
 * renderer adds one per text node it covers), in the highlight `names` give its kind and
 * status; `light` paints it in its light twin.
 */
export function paintedMention(
  doc: Document,
  names: HighlightNames,
  match: Match,
  number: number,
  light: boolean,
): PaintedMention {
  const ranges: Range[] = [];
  const words: string[] = [];
  const mention: PaintedMention = {
    id: match.id,
    kind: match.kind,
    ...(match.kind === 'figure'
      ? { value: match.value, status: match.status, qualifier: match.qualifier }
      : {}),
    number,
    ranges,
    words,
    highlight: names.of(match.kind, match.kind === 'figure' ? match.status : undefined, light),
    text: () => ranges.map((range) => range.toString()).join(''),
    rects: () => ranges.flatMap((range) => Array.from(range.getClientRects())),
    alive: () => alive(mention),
    range: () => {
      const range = doc.createRange();
      const first = ranges[0]!;
      const last = ranges[ranges.length - 1]!;
      range.setStart(first.startContainer, first.startOffset);
      range.setEnd(last.endContainer, last.endOffset);
      return range;
    },
  };
  return mention;
}

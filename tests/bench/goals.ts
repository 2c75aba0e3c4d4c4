import type { Size } from './bundle';
import type { PopupTiming } from './popup';
import { fmtMs, fmtRatio, max } from './stats';
import type { PageSummary } from './summarize';

/** One goal of the issue, whether it is met, and the measurement behind the verdict. */
export interface Goal {
  goal: string;
  met: boolean;
  /** The measurement (and, for a lower bound, that it is one). */
  detail: string;
}

/** Checks the goals against a run's summaries. */
export function checkGoals(
  pages: readonly PageSummary[],
  bundle: Record<string, Size>,
  popup: PopupTiming,
): Goal[] {
  const large = pages.filter((p) => p.group === 'large');
  const ratioGoal = (
    kind: 'naive' | 'best' | 'bare',
    goal: string,
    ok: (v: number) => boolean,
  ) => ({
    goal,
    met: large.length > 0 && large.every((p) => p.ratios[kind] && ok(p.ratios[kind]!.value)),
    detail: large
      .map((p) => `${p.name} ${fmtRatio(p.ratios[kind]?.value, p.ratios[kind]?.lowerBound)}`)
      .join(', '),
  });
  const unrelated = pages.filter((p) => p.group === 'unrelated');
  const longest = max(pages.map((p) => p.ours.longestTask)) ?? 0;
  const worst = pages.find((p) => p.ours.longestTask === longest);
  const content = bundle['content script']!;
  const highlighter = bundle['highlighter (highlighter.js)']!;
  return [
    ratioGoal('naive', 'large pages: ≥100× faster than naive mark.js (painted)', (v) => v >= 100),
    ratioGoal(
      'best',
      'large pages: ≥1.5× faster than mark.js at its best (painted)',
      (v) => v >= 1.5,
    ),
    ratioGoal('bare', 'large pages: within 3× the bare painter (painted)', (v) => v <= 3),
    {
      goal: 'unrelated ~100 KB: ≤2 ms extension main-thread time (median), no DOM change',
      met: unrelated.every((p) => (p.ours.total ?? Infinity) <= 2 && p.domUnchanged === true),
      detail: unrelated
        .map(
          (p) =>
            `${p.name}: ${fmtMs(p.ours.total)} ms (compile ${fmtMs(p.ours.compile)}); ` +
            `an empty WXT content script ${fmtMs(p.floor?.total)} ms, ours/floor ` +
            `${fmtRatio(p.floor?.ratio, false)}; DOM ${p.domUnchanged ? 'unchanged' : 'CHANGED'}`,
        )
        .join('; '),
    },
    {
      goal: 'no single extension task over 50 ms on any page',
      met: longest <= 50,
      detail: `longest ${fmtMs(longest)} ms on ${worst?.name ?? '–'}`,
    },
    {
      goal: 'content script ≤30 KB gzip (the gate, and the highlighter it loads)',
      met: content.gzip <= 30 * 1024 && highlighter.gzip <= 30 * 1024,
      detail:
        `gate ${(content.gzip / 1024).toFixed(1)} KB gzip (${(content.raw / 1024).toFixed(1)} KB raw), ` +
        `highlighter ${(highlighter.gzip / 1024).toFixed(1)} KB gzip (${(highlighter.raw / 1024).toFixed(1)} KB raw); ` +
        `both on a summit page ${((content.gzip + highlighter.gzip) / 1024).toFixed(1)} KB gzip`,
    },
    {
      goal: 'popup first render ≤100 ms',
      met: popup.median !== undefined && popup.median <= 100,
      detail: `first contentful paint ${fmtMs(popup.median)} ms (median of ${popup.firstContentfulPaint.length})`,
    },
  ];
}

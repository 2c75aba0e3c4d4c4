import type { BaselineKind } from './baselines';
import type { Size } from './bundle';
import { checkGoals, type Goal } from './goals';
import type { PopupTiming } from './popup';
import { fmtMs, fmtRatio, median } from './stats';
import type { PageSummary } from './summarize';

/** What the report needs from a run. */
export interface BenchResult {
  command: string;
  browser: string;
  bundle: Record<string, Size>;
  popup: PopupTiming;
  pages: PageSummary[];
  /** os.loadavg() at the end of the run, and the CPU count: context for the absolute times. */
  load: number[];
  cpus: number;
}

const HEADER = [
  'page',
  'words',
  'elems',
  'marks',
  'ours ms',
  'in view',
  'painted',
  'layout',
  'max task',
  'heap KB',
  'naive',
  'best',
  'ranges',
  'ranges-doc',
  'bare',
  'naive/ours',
  'best/ours',
  'ranges/ours',
  'doc/ours',
  'ours/bare',
];

function row(p: PageSummary): string[] {
  const base = (k: BaselineKind) => {
    const b = p.baselinePainted[k];
    return b ? `${b.timedOut ? '>' : ''}${fmtMs(b.ms)}` : '–';
  };
  const ratio = (k: BaselineKind) => fmtRatio(p.ratios[k]?.value, p.ratios[k]?.lowerBound);
  return [
    p.name,
    p.size ? String(p.size.words) : '–',
    p.size ? String(p.size.elements) : '–',
    String(p.highlights),
    fmtMs(p.group === 'live' || p.group === 'unrelated' ? p.ours.total : p.ours.work),
    p.highlights > 0 ? fmtMs(p.ours.inView) : '–',
    p.highlights > 0 ? fmtMs(p.ours.painted) : '–',
    p.highlights > 0 ? fmtMs(p.ours.layout) : '–',
    fmtMs(p.ours.longestTask),
    p.heapDelta ? (p.heapDelta.used / 1024).toFixed(0) : '–',
    base('naive'),
    base('best'),
    base('ranges'),
    base('ranges-doc'),
    base('bare'),
    ratio('naive'),
    ratio('best'),
    ratio('ranges'),
    ratio('ranges-doc'),
    ratio('bare'),
  ];
}

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
  return rows.map((r) => r.map((cell, c) => cell.padEnd(widths[c]!)).join('  ')).join('\n');
}

/** Aggregate rows for real pages: medians and the worst page for each column. */
function realPages(pages: readonly PageSummary[]): string {
  if (pages.length === 0) return '';
  const ratio = (k: BaselineKind) => pages.map((p) => p.ratios[k]?.value);
  const worstTask = [...pages].sort(
    (a, b) => (b.ours.longestTask ?? 0) - (a.ours.longestTask ?? 0),
  );
  const loads = pages.map((p) => p.ours.total);
  const errors = pages.filter((p) => p.errors.length > 0);
  const lines = [
    `real pages: ${pages.length} (forced on), ${pages.filter((p) => p.highlights > 0).length} with highlights, ${errors.length} with errors`,
    `  median over pages: naive/ours ${fmtRatio(median(ratio('naive')))}, best/ours ${fmtRatio(median(ratio('best')))}, ranges/ours ${fmtRatio(median(ratio('ranges')))}, ours/bare ${fmtRatio(median(ratio('bare')))}`,
    `  on load, before forcing (gate + relevance check): median ${fmtMs(median(loads))} ms, max ${fmtMs(Math.max(...loads.map((l) => l ?? 0)))} ms`,
    '  largest extension tasks:',
    ...worstTask
      .slice(0, 8)
      .map(
        (p) =>
          `    ${fmtMs(p.ours.longestTask)} ms  ${p.name} (${p.size?.elements ?? '?'} elements, ${p.highlights} marks, layout ${fmtMs(p.ours.layout)} ms, best/ours ${fmtRatio(p.ratios.best?.value)}, ours/bare ${fmtRatio(p.ratios.bare?.value)})`,
      ),
    ...errors.slice(0, 5).map((p) => `  error on ${p.name}: ${p.errors[0]}`),
  ];
  return lines.join('\n') + '\n\n';
}

/** Where Summit Lens's time goes, stage by stage, on the pages where it was measured. */
function stagesSection(pages: readonly PageSummary[]): string {
  const measured = pages.filter((p) => p.stages);
  if (measured.length === 0) return '';
  const names = Object.keys(measured[0]!.stages!);
  const rows = measured.map((p) => [p.name, ...names.map((n) => fmtMs(p.stages![n]))]);
  const title =
    "where the time goes (the content script's modules run stage by stage in the page, one cold run, ms):";
  return `${title}\n${table([['page', ...names], ...rows])}\n\n`;
}

/**
 * What each baseline found, next to ours: a baseline that marks far fewer did less of the
 * job (ours counts distinct mentions; mark.js counts mark elements, one per piece; the bare
 * painter its ranges).
 */
function countsSection(pages: readonly PageSummary[]): string {
  const kinds: BaselineKind[] = ['naive', 'best', 'ranges', 'ranges-doc', 'bare'];
  const measured = pages.filter((p) => kinds.some((k) => p.baselineCounts[k] !== undefined));
  if (measured.length === 0) return '';
  const rows = measured.map((p) => [
    p.name,
    String(p.highlights),
    ...kinds.map((k) => String(p.baselineCounts[k] ?? '–')),
  ]);
  const title =
    'marks made (ours: painted ranges, or distinct mentions when wrapped; baselines: marks or ranges):';
  return `${title}\n${table([['page', 'ours', ...kinds], ...rows])}\n\n`;
}

/** Unrelated pages against the floor: an empty WXT content script on the same page. */
function floorSection(pages: readonly PageSummary[]): string {
  const measured = pages.filter((p) => p.floor);
  if (measured.length === 0) return '';
  const rows = measured.map((p) => [
    p.name,
    fmtMs(p.ours.total),
    fmtMs(p.floor!.total),
    fmtRatio(p.floor!.ratio, false),
  ]);
  const title =
    'unrelated pages against the floor (an empty WXT content script with the polyfill, loaded alternately; whole load, ms):';
  return `${title}
${table([['page', 'ours', 'floor', 'ours/floor'], ...rows])}

`;
}

/** The stdout report (table, real pages, sizes, popup, goals) and the goal verdicts. */
export function printReport(result: BenchResult): { text: string; goals: Goal[] } {
  const own = result.pages.filter((p) => p.group !== 'real');
  const goals = checkGoals(result.pages, result.bundle, result.popup);
  const sizes = Object.entries(result.bundle).map(
    ([name, s]) =>
      `  ${name.padEnd(24)} ${(s.raw / 1024).toFixed(1).padStart(7)} KB raw ${(s.gzip / 1024).toFixed(1).padStart(6)} KB gzip`,
  );
  const text = [
    `${result.command} — ${result.browser}, load average ${result.load.map((l) => l.toFixed(1)).join(' ')} on ${result.cpus} CPUs`,
    'times in ms, medians of alternating repeats; "ours ms" = the content script\'s main-thread time from its first task (compile included) to summit-lens:done or the forced pass\'s end (live/unrelated: all of it);',
    'in view = to the first frame painted after the first slice (the text in view highlighted); painted = from the start of the work to the end of the first frame painted after all of it (layout included); ratios are medians of per-repeat ratios',
    'baselines, painted: naive = mark(every alias); best = markRegExp(one RegExp); ranges = markRanges, one Mark per block with that block\'s ranges; ranges-doc = the same ranges in one markRanges on the body; bare = CSS Custom Highlight, no DOM change; ">" = stopped at the cap (a lower bound)',
    '',
    table([HEADER, ...own.map(row)]),
    '',
    countsSection(own) +
      floorSection(own) +
      stagesSection(own) +
      realPages(result.pages.filter((p) => p.group === 'real')) +
      'bundle:',
    ...sizes,
    `popup first contentful paint: ${fmtMs(result.popup.median)} ms (median; HTML parsed at ${fmtMs(result.popup.domInteractive)} ms, its script ${fmtMs(result.popup.script)} ms)`,
    '',
    'goals:',
    ...goals.map((g) => `  ${g.met ? 'MET   ' : 'MISSED'} ${g.goal}: ${g.detail}`),
    '',
  ].join('\n');
  return { text, goals };
}

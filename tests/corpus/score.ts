/**
 * Scores what a runner (the engine, or the built extension) made of the corpus against the
 * cases' labels. Pure: results and cases in, counts out.
 */
import type { CorpusCase, ExpectedFigure } from './corpus';

/** What a runner made of one page. */
export interface PageResult {
  name: string;
  relevant: boolean;
  reasons: readonly string[];
  /** What is (or would be) highlighted, in document order. */
  mentions: readonly {
    id: string;
    kind: string;
    status?: string;
    text: string;
    inStory: boolean;
  }[];
  error?: string;
}

/** One page's score. */
export interface PageScore {
  name: string;
  expected: boolean;
  relevant: boolean;
  actorsFound: number;
  actorsExpected: number;
  missedActors: string[];
  /** Figures given a verdict, and how many of them are the labelled figure and verdict kind. */
  attributed: number;
  /** On a summit page: the labelled figures with a verdict, and how many got theirs. */
  figuresExpected: number;
  figuresFound: number;
  attributedRight: number;
  disputed: number;
  disputedRight: number;
  /** Highlights outside the story, on a page the runner takes for a summit page. */
  outside: number;
  /** What went wrong with figures, for the table: "26 nations: disputed x (label: none)". */
  figureErrors: string[];
  error?: string;
}

/** The corpus's totals. */
export interface Totals {
  pages: number;
  relevanceRight: number;
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  actorsFound: number;
  actorsExpected: number;
  attributed: number;
  attributedRight: number;
  figuresExpected: number;
  figuresFound: number;
  disputed: number;
  disputedRight: number;
  outside: number;
  errors: number;
}

const folded = (text: string) => text.replace(/\s+/g, ' ').trim().toLowerCase();

/**
 * The label of a figure, consumed: the first unused one with the same words, else the first
 * whose words it contains, else the first containing its words (labels are in page order).
 */
function labelFor(text: string, labels: ExpectedFigure[]): ExpectedFigure | undefined {
  const said = folded(text);
  const tests = [
    (label: string) => label === said,
    (label: string) => said.includes(label),
    (label: string) => label.includes(said),
  ];
  for (const test of tests) {
    const at = labels.findIndex((label) => test(folded(label.text)));
    if (at >= 0) return labels.splice(at, 1)[0];
  }
  return undefined;
}

/**
 * Scores one page. Actors count on pages labelled relevant, in the story only; a figure
 * counts as attributed when it has a verdict, and as right when its label names the same
 * figure with a verdict (a "disputed" is right only when labelled disputed).
 */
export function scorePage(page: CorpusCase, result: PageResult): PageScore {
  const story = result.mentions.filter((m) => m.inStory);
  const found = new Set(story.filter((m) => m.kind !== 'figure').map((m) => m.id));
  const missedActors = page.relevant ? page.actors.filter((id) => !found.has(id)) : [];
  const labels = [...page.figures];
  const score: PageScore = {
    name: page.name,
    expected: page.relevant,
    relevant: result.relevant,
    actorsFound: page.relevant ? page.actors.length - missedActors.length : 0,
    actorsExpected: page.relevant ? page.actors.length : 0,
    missedActors,
    attributed: 0,
    attributedRight: 0,
    figuresExpected: page.relevant ? page.figures.filter((f) => f.status !== 'none').length : 0,
    figuresFound: 0,
    disputed: 0,
    disputedRight: 0,
    outside: result.relevant ? result.mentions.length - story.length : 0,
    figureErrors: [],
    ...(result.error === undefined ? {} : { error: result.error }),
  };
  for (const figure of story.filter((m) => m.kind === 'figure')) {
    const label = labelFor(figure.text, labels);
    if (figure.status !== 'agrees' && figure.status !== 'disputed') continue;
    score.attributed += 1;
    const right = label !== undefined && label.status !== 'none' && label.figure === figure.id;
    if (right) score.attributedRight += 1;
    if (right && page.relevant && figure.status === label.status) score.figuresFound += 1;
    if (figure.status === 'disputed') {
      score.disputed += 1;
      if (right && label.status === 'disputed') score.disputedRight += 1;
    }
    if (!right || (figure.status === 'disputed' && label.status !== 'disputed')) {
      const said = label ? `${label.status} ${label.figure ?? ''}`.trim() : 'unlabelled';
      score.figureErrors.push(`"${figure.text}": ${figure.status} ${figure.id} (label: ${said})`);
    }
  }
  return score;
}

/** Adds up page scores. */
export function totalsOf(scores: readonly PageScore[]): Totals {
  const sum = (pick: (s: PageScore) => number) => scores.reduce((n, s) => n + pick(s), 0);
  return {
    pages: scores.length,
    relevanceRight: sum((s) => Number(s.expected === s.relevant)),
    truePositives: sum((s) => Number(s.expected && s.relevant)),
    falsePositives: sum((s) => Number(!s.expected && s.relevant)),
    falseNegatives: sum((s) => Number(s.expected && !s.relevant)),
    actorsFound: sum((s) => s.actorsFound),
    actorsExpected: sum((s) => s.actorsExpected),
    attributed: sum((s) => s.attributed),
    attributedRight: sum((s) => s.attributedRight),
    figuresExpected: sum((s) => s.figuresExpected),
    figuresFound: sum((s) => s.figuresFound),
    disputed: sum((s) => s.disputed),
    disputedRight: sum((s) => s.disputedRight),
    outside: sum((s) => s.outside),
    errors: sum((s) => Number(s.error !== undefined)),
  };
}

/** A ratio to two decimals, "–" for 0/0. */
export function ratio(part: number, whole: number): string {
  return whole === 0 ? '–' : (part / whole).toFixed(2);
}

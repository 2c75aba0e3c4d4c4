import type { FigureStatus, ItemKind } from '../matching/types';

/**
 * The names under which the painted renderer registers its highlights in `CSS.highlights`,
 * the part of its contract that its style sheet (painted-css.ts) and the tests rely on: one
 * highlight per kind (`summit-lens-person`…), a figure's per status
 * (`summit-lens-figure-agrees`, `summit-lens-figure-disputed`), and the current mention's
 * (next/previous, "show on page") above them all.
 */
export function highlightName(kind: ItemKind, status?: FigureStatus): string {
  return kind === 'figure' ? `summit-lens-figure-${status ?? 'agrees'}` : `summit-lens-${kind}`;
}

/**
 * The suffix of a light highlight's name (`summit-lens-person-again`): an item's later
 * mentions in a section, and mentions in a heading, drawn with less ink.
 */
export const LIGHT_SUFFIX = '-again';

/** The highlight of the current mention. */
export const CURRENT_HIGHLIGHT = 'summit-lens-current';

/** Every name the painted renderer may register besides CURRENT_HIGHLIGHT. */
export const FIGURE_STATUSES: readonly FigureStatus[] = ['agrees', 'disputed', 'unknown'];

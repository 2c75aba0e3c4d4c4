import type { FigureStatus, ItemKind } from '../matching/types';

/**
 * The names under which the painted renderer registers its highlights in `CSS.highlights`,
 * which its style sheet (painted-css.ts) uses too: one highlight per kind, a figure's per
 * status, each with a light twin (an item's later mentions in a section, and mentions in a
 * heading, drawn with less ink), and the current mention's (next/previous, "show on page")
 * above them all. The page can list the registry and read the adopted sheets, so every name
 * is random, made afresh for each page load and unrelated to the others: nothing in them says
 * which extension drew them, or that the page was judged a summit page. The extension's own
 * `listHighlights` answer gives each mention's name, for its tests and tools.
 */
export interface HighlightNames {
  /** The name of `kind`'s highlight (a figure's per `status`), or of its light twin. */
  of(kind: ItemKind, status?: FigureStatus, light?: boolean): string;
  /** The name of the current mention's highlight. */
  readonly current: string;
}

/** Every figure status the painted renderer may register a highlight for. */
export const FIGURE_STATUSES: readonly FigureStatus[] = ['agrees', 'disputed', 'unknown'];

/** A random CSS identifier no page can predict: a letter, then 15 base-32 digits. */
export function randomIdentifier(random = (bytes: Uint8Array) => crypto.getRandomValues(bytes)) {
  const bytes = random(new Uint8Array(15));
  return 'h' + [...bytes].map((byte) => '0123456789abcdefghijklmnopqrstuv'[byte & 31]).join('');
}

/** A fresh set of highlight names, each drawn by `identifier` the first time it is asked for. */
export function highlightNames(identifier: () => string = randomIdentifier): HighlightNames {
  const names = new Map<string, string>();
  const named = (key: string): string => {
    let name = names.get(key);
    if (!name) {
      do name = identifier();
      while ([...names.values()].includes(name));
      names.set(key, name);
    }
    return name;
  };
  return {
    of: (kind, status, light = false) =>
      named(`${kind}/${kind === 'figure' ? (status ?? 'agrees') : ''}/${light}`),
    get current() {
      return named('current');
    },
  };
}

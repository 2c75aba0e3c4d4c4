import { isItemKind, ITEM_KINDS, type FigureStatus, type ItemKind } from '../matching/types';
import type { HighlightLook } from './highlight-css';
import { FIGURE_STATUSES, type HighlightNames } from './highlight-names';
import { DISPUTED_COLOUR, KIND_COLOURS, KIND_LINES, type KindLine } from './palette';

const DISPUTED_LINE: KindLine = { line: 'underline', style: 'wavy', thickness: 2 };

/** Only plain hex colours reach the sheet, whatever the caller passes. */
function colourOf(kind: ItemKind, colours: HighlightLook['colours']): string {
  const chosen = colours?.[kind];
  return isItemKind(kind) && /^#[0-9a-f]{6}$/i.test(chosen ?? '') ? chosen! : KIND_COLOURS[kind];
}

/**
 * A highlight's rule and its light twin's (`lightName`: repeat mentions and headings): the
 * same line, 1 px, over no tint; as full as the first with `everyMention` or `highContrast`.
 */
function rule(
  [name, lightName]: readonly [string, string],
  colour: string,
  lines: KindLine,
  look: HighlightLook,
): string {
  // High contrast asks for the full tint and weight on every mention, as everyMention does.
  const light =
    look.everyMention || look.highContrast
      ? fullRule(lightName, colour, lines, look)
      : `::highlight(${lightName}) {
  text-decoration-line: ${lines.line};
  text-decoration-style: ${lines.style};
  text-decoration-color: ${colour};
  text-decoration-thickness: 1px;
}`;
  return `${fullRule(name, colour, lines, look)}\n${light}`;
}

function fullRule(
  name: string,
  colour: string,
  { line, style, thickness }: KindLine,
  look: HighlightLook,
): string {
  const background = look.highContrast
    ? `color-mix(in srgb, ${colour} 40%, #fff)`
    : `color-mix(in srgb, ${colour} 20%, transparent)`;
  return `::highlight(${name}) {
  ${look.highContrast ? 'color: #000;\n  ' : ''}background-color: ${background};
  text-decoration-line: ${line};
  text-decoration-style: ${style};
  text-decoration-color: ${colour};
  text-decoration-thickness: ${look.highContrast ? 3 : thickness}px;
}`;
}

/**
 * The painted renderer's style sheet for `look`, its highlights under `names`: the same colours and lines as the wrapped
 * one (highlight-css.ts), written as `::highlight()` rules, which may only set colours, the
 * background and text decoration, so a highlight can never move the page's layout. A disputed
 * figure has a vermilion wavy underline unless `disputedFlags` is false. The colours are
 * written out rather than read from custom properties: a `::highlight()` rule's `var()` does
 * not resolve the same way in every browser. The current mention is a strong yellow with a
 * thick underline, above every other highlight.
 */
export function paintedCss(names: HighlightNames, look: HighlightLook = {}): string {
  const both = (kind: ItemKind, status?: FigureStatus) =>
    [names.of(kind, status), names.of(kind, status, true)] as const;
  const rules = ITEM_KINDS.filter((kind) => kind !== 'figure').map((kind) => {
    return rule(both(kind), colourOf(kind, look.colours), KIND_LINES[kind], look);
  });
  for (const status of FIGURE_STATUSES) {
    const flagged = status === 'disputed' && look.disputedFlags !== false;
    const lines = flagged ? DISPUTED_LINE : KIND_LINES.figure;
    const colour = flagged ? DISPUTED_COLOUR : colourOf('figure', look.colours);
    rules.push(rule(both('figure', status), colour, lines, look));
  }
  rules.push(`::highlight(${names.current}) {
  color: #000;
  background-color: rgba(250, 204, 21, 0.75);
  text-decoration-line: underline;
  text-decoration-style: solid;
  text-decoration-color: #000;
  text-decoration-thickness: 3px;
}`);
  return rules.join('\n');
}

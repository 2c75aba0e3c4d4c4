import { isItemKind, ITEM_KINDS, type ItemKind } from '../matching/types';
import { DISPUTED_CLASS, EMPHASIS_CLASS, kindClass, MARK_SELECTOR } from './mark-classes';
import { colourProperty, DISPUTED_COLOUR, KIND_COLOURS, KIND_LINES } from './palette';

/** How the reader wants highlights to look (the style settings). */
export interface HighlightLook {
  /** CSS colours by kind (`#rrggbb`); a kind left out keeps its palette colour. */
  colours?: Partial<Record<ItemKind, string>>;
  /** Black text on an opaque light tint and a thicker line, for low vision. Default false. */
  highContrast?: boolean;
  /** Give disputed figures their own colour and wavy line. Default true. */
  disputedFlags?: boolean;
  /** Paint repeat mentions (LIGHT_SUFFIX highlights) as fully as first ones. Default false. */
  everyMention?: boolean;
}

// `--summit-lens-colour` is the colour of the mark at hand; each kind rule points it at the
// kind's own custom property, which falls back to the palette.
const kindRules = ITEM_KINDS.map(
  (kind) => `${MARK_SELECTOR}.${kindClass(kind)} {
  --summit-lens-colour: var(${colourProperty(kind)}, ${KIND_COLOURS[kind]});
  text-decoration-line: ${KIND_LINES[kind].line};
  text-decoration-style: ${KIND_LINES[kind].style};
  text-decoration-thickness: ${KIND_LINES[kind].thickness}px;
}`,
);

const DISPUTED_RULE = `${MARK_SELECTOR}.${DISPUTED_CLASS} {
  --summit-lens-colour: var(--summit-lens-disputed, ${DISPUTED_COLOUR});
  text-decoration-line: underline;
  text-decoration-style: wavy;
  text-decoration-thickness: 2px;
}`;

const HIGH_CONTRAST_RULE = `${MARK_SELECTOR} {
  color: #000;
  background-color: color-mix(in srgb, var(--summit-lens-colour) 40%, #fff);
  text-decoration-thickness: 3px !important;
}`;

function colourRule(colours: Partial<Record<ItemKind, string>>): string {
  // Only plain hex colours reach the sheet, whatever the caller passes.
  const declarations = Object.entries(colours)
    .filter(([kind, colour]) => isItemKind(kind) && /^#[0-9a-f]{6}$/i.test(colour ?? ''))
    .map(([kind, colour]) => `  ${colourProperty(kind as ItemKind)}: ${colour};`);
  return declarations.length ? `${MARK_SELECTOR} {\n${declarations.join('\n')}\n}` : '';
}

/**
 * The highlight style sheet for `look`. Kinds differ by colour and by underline style (solid,
 * double, dashed, dotted, dotted over- and underline, solid over- and underline for figures);
 * a disputed figure has a vermilion wavy underline unless `disputedFlags` is false, when it
 * looks like any other figure. Only background, colour, text decoration and outline are set,
 * after `all: unset` clears the UA's yellow `mark` and any page rule for `mark`: nothing
 * changes a box's size, so highlighting never shifts the layout. Translucent backgrounds and
 * `color: inherit` keep the text readable on light and dark pages; high contrast instead puts
 * black text on an opaque light tint. Colours are CSS custom properties (`--summit-lens-person`…)
 * set on the marks, so a user style sheet can override them too.
 */
export function highlightCss(look: HighlightLook = {}): string {
  return `${MARK_SELECTOR} {
  all: unset;
  color: inherit;
  background-color: color-mix(in srgb, var(--summit-lens-colour) 20%, transparent);
  text-decoration-color: var(--summit-lens-colour);
  text-underline-offset: 0.15em;
  text-decoration-skip-ink: none;
  border-radius: 2px;
  -webkit-box-decoration-break: clone;
  box-decoration-break: clone;
}
${[
  colourRule(look.colours ?? {}),
  ...kindRules,
  look.disputedFlags === false ? '' : DISPUTED_RULE,
  look.highContrast ? HIGH_CONTRAST_RULE : '',
]
  .filter(Boolean)
  .join('\n')}
${MARK_SELECTOR}:focus-visible {
  outline: 2px solid var(--summit-lens-colour);
  outline-offset: 1px;
}
${MARK_SELECTOR}.${EMPHASIS_CLASS} {
  outline: 2px solid currentColor;
  outline-offset: 2px;
  animation: summit-lens-flash 0.5s ease-in-out 3 alternate;
}
@keyframes summit-lens-flash {
  to {
    background-color: rgba(250, 204, 21, 0.55);
  }
}
@media (prefers-reduced-motion: reduce) {
  ${MARK_SELECTOR}.${EMPHASIS_CLASS} {
    animation: none;
  }
}
`;
}

/** The default highlight style sheet (palette colours, flags on, normal contrast). */
export const HIGHLIGHT_CSS = highlightCss();

import { DISPUTED_CLASS, EMPHASIS_CLASS, kindClass, MARK_SELECTOR } from './dom-contract';
import type { ItemKind } from '../matching/types';

/** Per kind: a translucent background and an underline colour and style (the second cue). */
const KIND_STYLES: Record<ItemKind, { rgb: string; line: string; style: string }> = {
  person: { rgb: '37, 99, 235', line: 'underline', style: 'solid' },
  country: { rgb: '22, 163, 74', line: 'underline', style: 'double' },
  organisation: { rgb: '147, 51, 234', line: 'underline', style: 'dashed' },
  place: { rgb: '217, 119, 6', line: 'underline', style: 'dotted' },
  term: { rgb: '8, 145, 178', line: 'underline overline', style: 'dotted' },
  figure: { rgb: '100, 116, 139', line: 'underline overline', style: 'solid' },
};

const kindRules = Object.entries(KIND_STYLES).map(
  ([kind, { rgb, line, style }]) => `${MARK_SELECTOR}.${kindClass(kind as ItemKind)} {
  background-color: rgba(${rgb}, 0.2);
  text-decoration-line: ${line};
  text-decoration-style: ${style};
  text-decoration-color: rgb(${rgb});
}`,
);

/**
 * The highlight style sheet. Kinds differ by colour and by underline style (solid, double,
 * dashed, dotted, dotted over- and underline, solid over- and underline for figures); a
 * disputed figure has a red wavy underline. Only background, colour, text decoration and
 * outline are set, after `all: unset` clears the UA's yellow `mark` and any page rule for
 * `mark`: nothing changes a box's size, so highlighting never shifts the layout. Translucent
 * backgrounds and `color: inherit` keep the text readable on light and dark pages.
 */
export const HIGHLIGHT_CSS = `${MARK_SELECTOR} {
  all: unset;
  color: inherit;
  background-color: transparent;
  text-decoration-thickness: 2px;
  text-underline-offset: 0.15em;
  text-decoration-skip-ink: none;
  border-radius: 2px;
  -webkit-box-decoration-break: clone;
  box-decoration-break: clone;
}
${kindRules.join('\n')}
${MARK_SELECTOR}.${DISPUTED_CLASS} {
  background-color: rgba(220, 38, 38, 0.2);
  text-decoration-line: underline;
  text-decoration-style: wavy;
  text-decoration-color: rgb(220, 38, 38);
}
${MARK_SELECTOR}:focus-visible {
  outline: 2px solid rgb(37, 99, 235);
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

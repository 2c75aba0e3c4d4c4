import type { ItemKind } from '../matching/types';

/**
 * The default colour of each kind, from the Okabe–Ito palette, which stays distinguishable
 * under the common colour-vision deficiencies (deuteranopia, protanopia, tritanopia). Its
 * yellow is too pale for an underline on white, so figures take a neutral grey instead; its
 * vermilion is kept for disputed figures. Every kind also has its own line (KIND_LINES), so
 * no kind is told apart by colour alone. Lower-case `#rrggbb`.
 */
export const KIND_COLOURS: Readonly<Record<ItemKind, string>> = {
  person: '#0072b2',
  country: '#009e73',
  organisation: '#cc79a7',
  place: '#e69f00',
  term: '#56b4e9',
  figure: '#808080',
};

/** Colour of a disputed figure (Okabe–Ito vermilion). */
export const DISPUTED_COLOUR = '#d55e00';

/** A highlight's line: CSS `text-decoration-line` and `text-decoration-style` values. */
export interface KindLine {
  line: string;
  style: string;
}

/** Per kind, the second cue beside colour: an underline (or overline) line and style. */
export const KIND_LINES: Readonly<Record<ItemKind, KindLine>> = {
  person: { line: 'underline', style: 'solid' },
  country: { line: 'underline', style: 'double' },
  organisation: { line: 'underline', style: 'dashed' },
  place: { line: 'underline', style: 'dotted' },
  term: { line: 'underline overline', style: 'dotted' },
  figure: { line: 'underline overline', style: 'solid' },
};

/** The CSS custom property that overrides a kind's colour: `--summit-lens-person`… */
export function colourProperty(kind: ItemKind): string {
  return `--summit-lens-${kind}`;
}

import type { ItemKind } from '../matching/types';

/**
 * The default colour of each kind. Hues after the Okabe–Ito palette, each darkened or lightened
 * until it stands at least 3:1 against both a white and a near-black page (#121212), as
 * non-text marks must (luminance 0.12–0.30); key terms take a violet so they no longer share
 * the people's blue tint. Under the common colour-vision deficiencies some hues still meet
 * (orange, violet), so every kind also has its own line and weight (KIND_LINES): no kind is
 * told apart by colour alone. Lower-case `#rrggbb`.
 */
export const KIND_COLOURS: Readonly<Record<ItemKind, string>> = {
  person: '#0072b2',
  country: '#008f68',
  organisation: '#c0588f',
  place: '#b86e00',
  term: '#7b61c9',
  figure: '#808080',
};

/**
 * Defaults of earlier versions that fell short of 3:1 or shared a tint. Stored settings hold
 * every colour, so a reader who never chose one still has these; they read as today's default.
 */
export const RETIRED_COLOURS: Readonly<Partial<Record<ItemKind, string>>> = {
  country: '#009e73',
  organisation: '#cc79a7',
  place: '#e69f00',
  term: '#56b4e9',
};

/** Colour of a disputed figure (Okabe–Ito vermilion, 3.9:1 on white, 4.8:1 on #121212). */
export const DISPUTED_COLOUR = '#d55e00';

/** A highlight's line: CSS `text-decoration-line`, `-style` and `-thickness` (px) values. */
export interface KindLine {
  line: string;
  style: string;
  thickness: number;
}

/**
 * Per kind, the cue beside colour, told apart in greyscale: a solid line (people), a double
 * one (countries), dashes (organisations), heavy dots (places), dots above and below (key
 * terms), solid lines above and below (figures); a figure that differs has a wavy line.
 */
export const KIND_LINES: Readonly<Record<ItemKind, KindLine>> = {
  person: { line: 'underline', style: 'solid', thickness: 2 },
  country: { line: 'underline', style: 'double', thickness: 2 },
  organisation: { line: 'underline', style: 'dashed', thickness: 2 },
  place: { line: 'underline', style: 'dotted', thickness: 3 },
  term: { line: 'underline overline', style: 'dotted', thickness: 2 },
  figure: { line: 'underline overline', style: 'solid', thickness: 1 },
};

/** The CSS custom property that overrides a kind's colour: `--summit-lens-person`… */
export function colourProperty(kind: ItemKind): string {
  return `--summit-lens-${kind}`;
}

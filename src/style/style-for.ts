import { highlightCss, type HighlightLook } from './highlight-css';
import type { HighlightNames } from './highlight-names';
import { paintedCss } from './painted-css';

/**
 * How a renderer draws highlights (src/highlight/renderer.ts): `painted` ranges, styled by
 * `::highlight()` rules, or `wrapped` in marks, styled by their classes.
 */
export type RendererName = 'painted' | 'wrapped';

/**
 * The style sheet of `look` for a renderer: `::highlight()` rules for the highlights it
 * registers under `names` (the painted renderer's), or rules for the marks.
 */
export function styleFor(
  renderer: RendererName,
  look: HighlightLook = {},
  names?: HighlightNames,
): string {
  return renderer === 'painted' && names ? paintedCss(names, look) : highlightCss(look);
}

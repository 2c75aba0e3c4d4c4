import { highlightCss, type HighlightLook } from './highlight-css';
import { paintedCss } from './painted-css';

/**
 * How a renderer draws highlights (src/highlight/renderer.ts): `painted` ranges, styled by
 * `::highlight()` rules, or `wrapped` in marks, styled by their classes.
 */
export type RendererName = 'painted' | 'wrapped';

/** The style sheet of `look` for a renderer: `::highlight()` rules, or rules for the marks. */
export function styleFor(renderer: RendererName, look: HighlightLook = {}): string {
  return renderer === 'painted' ? paintedCss(look) : highlightCss(look);
}

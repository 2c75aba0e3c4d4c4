import type { Renderer } from '../highlight/renderer';
import { highlightCss, type HighlightLook } from './highlight-css';
import { paintedCss } from './painted-css';

/** The style sheet of `look` for a renderer: `::highlight()` rules, or rules for the marks. */
export function styleFor(renderer: Renderer['name'], look: HighlightLook = {}): string {
  return renderer === 'painted' ? paintedCss(look) : highlightCss(look);
}

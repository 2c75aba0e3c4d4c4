import { surfaceCss } from '../style/surface-css';

/**
 * The page legend's style sheet, inside its shadow root: a panel like the card's
 * (surface-css.ts), one line along the foot of the viewport (wrapping on a narrow one), the
 * kinds' samples in the highlights' own rules, which precede this sheet.
 */
export const LEGEND_CSS = `${surfaceCss('.legend')}
.legend {
  left: 50%;
  bottom: 12px;
  transform: translateX(-50%);
  display: flex;
  align-items: center;
  gap: 12px;
  width: max-content;
  max-width: calc(100vw - 24px);
  max-height: calc(50vh - 12px);
  overflow: auto;
  padding: 8px 12px;
  font-size: 13px;
}
p {
  margin: 0;
  display: flex;
  flex-wrap: wrap;
  align-items: baseline;
  column-gap: 10px;
  row-gap: 2px;
}
.intro {
  font-weight: 600;
}
.entry {
  white-space: nowrap;
}
.hint {
  color: var(--muted);
}
mark.kind-swatch {
  margin-inline-end: 4px;
  padding: 0 3px;
  color: var(--fg);
  font-size: 12px;
}
button {
  flex: none;
}
`;

import { surfaceCss } from '../style/surface-css';

/**
 * The card's style sheet, inside its shadow root: a panel like the legend's (surface-css.ts:
 * no page style leaks in or out; light and dark). The card is `position: fixed`; its `left`
 * and `top` are set inline by the controller, which keeps it in the viewport.
 */
export const CARD_CSS = `${surfaceCss('.card')}
.card {
  width: max-content;
  max-width: min(360px, calc(100vw - 16px));
  max-height: calc(100vh - 16px);
  overflow: auto;
  padding: 12px 14px;
  overflow-wrap: anywhere;
}
.status {
  position: fixed;
  width: 1px;
  height: 1px;
  overflow: hidden;
  clip-path: inset(50%);
  white-space: nowrap;
}
.card:focus {
  outline: none;
}
.kind {
  margin: 0;
  color: var(--muted);
  font-size: 12px;
  text-transform: uppercase;
  letter-spacing: 0.04em;
}
mark.kind-swatch {
  margin-inline-end: 6px;
  padding: 0 3px;
  color: var(--fg);
  font-size: 12px;
  text-transform: none;
  letter-spacing: 0;
}
.name {
  margin: 2px 0 0;
  font-size: 16px;
  font-weight: 600;
}
p {
  margin: 6px 0 0;
}
.muted {
  color: var(--muted);
}
.lead {
  margin-top: 8px;
  font-weight: 600;
}
.verdict {
  margin-top: 2px;
  font-weight: 600;
}
.verdict-agrees {
  color: var(--agrees);
}
.verdict-disputed {
  color: var(--disputed);
}
.verdict-unknown {
  color: var(--muted);
}
.value-groups {
  margin-top: 6px;
  padding: 0;
  list-style: none;
}
.group-value {
  font-weight: 600;
}
.group-reports,
.group-page {
  color: var(--muted);
}
h3 {
  margin: 10px 0 2px;
  font-size: 13px;
  font-weight: 600;
}
ul {
  margin: 0;
  padding: 0 0 0 18px;
}
li {
  margin: 2px 0 0;
}
button {
  margin: 12px 0 0;
}
`;

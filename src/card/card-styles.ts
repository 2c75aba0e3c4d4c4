/**
 * The card's style sheet, inside its shadow root. `:host { all: initial !important }` cuts off
 * what the page could pass down by inheritance (important rules of a shadow tree beat the
 * page's important rules on the host), and page selectors never reach into the shadow tree, so
 * no page style leaks in; the sheet's own selectors cannot match the page, so none leaks out.
 * Light and dark follow prefers-color-scheme. The card is `position: fixed`; its `left` and
 * `top` are set inline by the controller, which keeps it in the viewport.
 */
export const CARD_CSS = `:host {
  all: initial !important;
}
.card {
  --bg: #ffffff;
  --fg: #1f2937;
  --muted: #4b5563;
  --border: #d1d5db;
  --accent: #1f4e8c;
  --accent-fg: #ffffff;
  --agrees: #166534;
  --disputed: #b91c1c;
  position: fixed;
  z-index: 2147483647;
  box-sizing: border-box;
  width: max-content;
  max-width: min(360px, calc(100vw - 16px));
  max-height: calc(100vh - 16px);
  overflow: auto;
  margin: 0;
  padding: 12px 14px;
  border: 1px solid var(--border);
  border-radius: 8px;
  background: var(--bg);
  color: var(--fg);
  box-shadow: 0 6px 24px rgba(0, 0, 0, 0.18);
  font: 14px/1.4 system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif;
  text-align: start;
  overflow-wrap: anywhere;
}
@media (prefers-color-scheme: dark) {
  .card {
    --bg: #1f2937;
    --fg: #f3f4f6;
    --muted: #cbd5e1;
    --border: #475569;
    --accent: #93c5fd;
    --accent-fg: #0f172a;
    --agrees: #86efac;
    --disputed: #fca5a5;
  }
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
  padding: 5px 10px;
  border: 1px solid var(--accent);
  border-radius: 6px;
  background: var(--accent);
  color: var(--accent-fg);
  font: inherit;
  font-weight: 600;
  cursor: pointer;
}
button:focus-visible {
  outline: 2px solid var(--accent);
  outline-offset: 2px;
}
`;

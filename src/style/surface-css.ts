/**
 * The style our own panels in a page share (the hover card, the page legend), inside their
 * shadow roots: `:host { all: initial !important }` cuts off what the page could pass down by
 * inheritance (important rules of a shadow tree beat the page's important rules on the host);
 * page selectors never reach into a shadow tree, and these cannot match the page. The panel
 * (`selector`) is fixed above the page, in light or dark colours after prefers-color-scheme
 * (custom properties `--bg`, `--fg`, `--muted`, `--border`, `--accent`, `--accent-fg`,
 * `--agrees`, `--disputed`); buttons are filled with the accent.
 */
export function surfaceCss(selector: string): string {
  return `:host {
  all: initial !important;
}
${selector} {
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
  margin: 0;
  border: 1px solid var(--border);
  border-radius: 8px;
  background: var(--bg);
  color: var(--fg);
  box-shadow: 0 6px 24px rgba(0, 0, 0, 0.18);
  font: 14px/1.4 system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif;
  text-align: start;
}
@media (prefers-color-scheme: dark) {
  ${selector} {
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
button {
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
}`;
}

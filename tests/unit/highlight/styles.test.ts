import { afterEach, describe, expect, it } from 'vitest';
import { injectStyles } from '@/src/highlight/inject-styles';
import { HIGHLIGHT_CSS } from '@/src/highlight/styles';

const KINDS = ['person', 'country', 'organisation', 'place', 'term', 'figure'] as const;

/** The declarations of the rule whose selector is exactly `selector`. */
function rule(selector: string): Record<string, string> {
  const start = HIGHLIGHT_CSS.indexOf(`${selector} {`);
  expect(start, selector).toBeGreaterThanOrEqual(0);
  const body = HIGHLIGHT_CSS.slice(
    HIGHLIGHT_CSS.indexOf('{', start) + 1,
    HIGHLIGHT_CSS.indexOf('}', start),
  );
  return Object.fromEntries(
    body
      .split(';')
      .map((declaration) => declaration.split(':').map((part) => part.trim()))
      .filter((pair) => pair[0])
      .map(([property, value]) => [property!, value ?? '']),
  );
}

afterEach(() => {
  document.head.replaceChildren();
});

describe('injectStyles', () => {
  it('adds one style element marked as our UI, and its undo removes it', () => {
    const before = document.head.innerHTML;
    const undo = injectStyles(document);
    const styles = document.head.querySelectorAll('style[data-summit-ui]');
    expect(styles).toHaveLength(1);
    expect(styles[0]!.textContent).toBe(HIGHLIGHT_CSS);
    undo();
    undo();
    expect(document.head.innerHTML).toBe(before);
  });

  it('leaves the page styles alone', () => {
    const page = document.createElement('style');
    page.textContent = 'p { color: red }';
    document.head.appendChild(page);
    const undo = injectStyles(document);
    undo();
    expect(Array.from(document.head.children)).toEqual([page]);
  });
});

describe('HIGHLIGHT_CSS', () => {
  it('resets the mark without touching layout', () => {
    const base = rule('mark.summit-lens-mark');
    expect(base).toMatchObject({
      all: 'unset',
      color: 'inherit',
      'box-decoration-break': 'clone',
    });
  });

  it.each([
    /padding/,
    /margin/,
    /font/,
    /line-height/,
    /display/,
    /letter-spacing/,
    /border(-width)?\s*:/,
    /width/,
    /height/,
  ])('never sets a layout property (%s)', (property) => {
    expect(
      HIGHLIGHT_CSS.replace(/outline[^;]*;/g, '').replace(/text-decoration-thickness/g, ''),
    ).not.toMatch(property);
  });

  it('tells every kind apart by colour and by line', () => {
    const rules = KINDS.map((kind) => rule(`mark.summit-lens-mark.summit-lens-${kind}`));
    const colours = rules.map((r) => r['background-color']);
    const lines = rules.map((r) => `${r['text-decoration-line']} ${r['text-decoration-style']}`);
    expect(new Set(colours).size).toBe(KINDS.length);
    expect(new Set(lines).size).toBe(KINDS.length);
    for (const colour of colours) expect(colour).toMatch(/^rgba\(.*, 0\.\d+\)$/);
  });

  it('gives disputed figures a red wavy underline', () => {
    expect(rule('mark.summit-lens-mark.summit-lens-disputed')).toMatchObject({
      'text-decoration-style': 'wavy',
      'text-decoration-color': 'rgb(220, 38, 38)',
    });
  });

  it('does not animate for readers who prefer reduced motion', () => {
    expect(HIGHLIGHT_CSS).toMatch(/prefers-reduced-motion: reduce[^}]*animation: none/);
  });
});

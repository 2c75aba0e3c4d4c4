import { describe, expect, it } from 'vitest';
import { ITEM_KINDS as KINDS } from '@/src/matching/types';
import { highlightCss, HIGHLIGHT_CSS } from '@/src/style/highlight-css';
import { DISPUTED_COLOUR, KIND_COLOURS } from '@/src/style/palette';

/** The declarations of the `nth` rule whose selector is exactly `selector`. */
function rule(selector: string, css = HIGHLIGHT_CSS, nth = 0): Record<string, string> {
  let start = -1;
  for (let i = 0; i <= nth; i++) start = css.indexOf(`${selector} {`, start + 1);
  expect(start, selector).toBeGreaterThanOrEqual(0);
  const body = css.slice(css.indexOf('{', start) + 1, css.indexOf('}', start));
  return Object.fromEntries(
    body
      .split(';')
      .map((declaration) => declaration.split(':').map((part) => part.trim()))
      .filter((pair) => pair[0])
      .map(([property, value]) => [property!, value ?? '']),
  );
}

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
    const colours = rules.map((r) => r['--summit-lens-colour']);
    const lines = rules.map((r) => `${r['text-decoration-line']} ${r['text-decoration-style']}`);
    expect(colours).toEqual(
      KINDS.map((kind) => `var(--summit-lens-${kind}, ${KIND_COLOURS[kind]})`),
    );
    expect(new Set(Object.values(KIND_COLOURS)).size).toBe(KINDS.length);
    expect(new Set(lines).size).toBe(KINDS.length);
    expect(rule('mark.summit-lens-mark')['background-color']).toBe(
      'color-mix(in srgb, var(--summit-lens-colour) 20%, transparent)',
    );
  });

  it('gives disputed figures a vermilion wavy underline', () => {
    expect(rule('mark.summit-lens-mark.summit-lens-disputed')).toMatchObject({
      'text-decoration-style': 'wavy',
      '--summit-lens-colour': `var(--summit-lens-disputed, ${DISPUTED_COLOUR})`,
    });
  });

  it('does not animate for readers who prefer reduced motion', () => {
    expect(HIGHLIGHT_CSS).toMatch(/prefers-reduced-motion: reduce[^}]*animation: none/);
  });
});

describe('highlightCss', () => {
  it('is HIGHLIGHT_CSS with no look given', () => {
    expect(highlightCss()).toBe(HIGHLIGHT_CSS);
    expect(highlightCss({ disputedFlags: true, highContrast: false, colours: {} })).toBe(
      HIGHLIGHT_CSS,
    );
  });

  it('sets the chosen colours as custom properties on the marks', () => {
    const css = highlightCss({ colours: { person: '#112233', figure: '#aabbcc' } });
    expect(rule('mark.summit-lens-mark', css, 1)).toEqual({
      '--summit-lens-person': '#112233',
      '--summit-lens-figure': '#aabbcc',
    });
  });

  it.each(['red; } body { display: none', 'url(x)', '#12345', '#1234567'])(
    'lets no other colour text into the sheet (%s)',
    (colour) => {
      expect(highlightCss({ colours: { person: colour } })).toBe(HIGHLIGHT_CSS);
    },
  );

  it('drops the disputed rule when flags are off, so disputed figures look like figures', () => {
    const css = highlightCss({ disputedFlags: false });
    expect(css).not.toContain('summit-lens-disputed');
    expect(css).not.toContain('wavy');
  });

  it('puts black text on an opaque tint, after the kind rules, in high contrast', () => {
    const css = highlightCss({ highContrast: true });
    const contrast = rule('mark.summit-lens-mark', css, 1);
    expect(contrast).toEqual({
      color: '#000',
      'background-color': 'color-mix(in srgb, var(--summit-lens-colour) 40%, #fff)',
      'text-decoration-thickness': '3px !important',
    });
    expect(css.lastIndexOf('summit-lens-figure {')).toBeLessThan(css.indexOf('color: #000'));
  });
});

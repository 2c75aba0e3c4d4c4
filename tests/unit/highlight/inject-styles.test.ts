import { afterEach, describe, expect, it } from 'vitest';
import { injectStyles } from '@/src/highlight/inject-styles';
import { HIGHLIGHT_CSS } from '@/src/style/highlight-css';

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

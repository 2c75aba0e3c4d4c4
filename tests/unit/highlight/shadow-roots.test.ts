import { afterEach, describe, expect, it, vi } from 'vitest';
import { BLOCK_SEPARATOR, collectText } from '@/src/dom/collect-text';
import { observeNewText } from '@/src/highlight/observe';
import { createPaintedRenderer } from '@/src/highlight/painted/painted-renderer';
import { textNodesAt } from '@/src/highlight/painted/text-node-at';
import { createWrappedRenderer } from '@/src/highlight/wrapped/wrapped-renderer';
import { paintedCss } from '@/src/style/painted-css';
import { fakeHighlightApi, paintedTexts, readableNames } from '../support/fake-highlights';
import { actor, at, mentionTexts, render } from './support';

afterEach(() => {
  vi.useRealTimers();
  document.body.innerHTML = '';
  document.adoptedStyleSheets = [];
});

/** A page whose story lies in the open shadow root of `<x-story>`, after a light paragraph. */
function storyPage(): { root: ShadowRoot; host: Element } {
  render('<p>Emmanuel Macron in Paris.</p><x-story></x-story>');
  const host = document.querySelector('x-story')!;
  const root = host.attachShadow({ mode: 'open' });
  root.innerHTML = '<article><p>Volodymyr Zelensky thanked Keir Starmer.</p></article>';
  return { root, host };
}

/** Every mention of the three people in `collected`, as the scanner would give them. */
const people = (collected: ReturnType<typeof collectText>) => [
  actor('person', 'macron', at(collected, 'Emmanuel Macron')),
  actor('person', 'zelensky', at(collected, 'Volodymyr Zelensky')),
  actor('person', 'starmer', at(collected, 'Keir Starmer')),
];

describe('painting in open shadow roots', () => {
  it('adopts its sheet in the shadow root it paints in, beside the page’s own, and takes it out', () => {
    const { root } = storyPage();
    const own = new CSSStyleSheet();
    root.adoptedStyleSheets = [own];
    const api = fakeHighlightApi();
    const renderer = createPaintedRenderer(document, api, readableNames);
    const undoStyle = renderer.style(paintedCss(readableNames));
    const collected = collectText(document.body);
    const undo = renderer.show(collected, people(collected));
    expect(paintedTexts(api.registry)).toEqual({
      person: ['Emmanuel Macron', 'Volodymyr Zelensky', 'Keir Starmer'],
    });
    expect(root.adoptedStyleSheets).toHaveLength(2);
    expect(root.adoptedStyleSheets[0]).toBe(own);
    expect(root.adoptedStyleSheets[1]).toBe(document.adoptedStyleSheets[0]);
    expect(renderer.mentions().map((mention) => mention.text())).toEqual([
      'Emmanuel Macron',
      'Volodymyr Zelensky',
      'Keir Starmer',
    ]);
    undo();
    undoStyle();
    expect(root.adoptedStyleSheets).toEqual([own]);
    expect(document.adoptedStyleSheets).toEqual([]);
  });

  it('adopts nothing in a shadow root it does not paint in', () => {
    const { root } = storyPage();
    const renderer = createPaintedRenderer(document, fakeHighlightApi(), readableNames);
    renderer.style(paintedCss(readableNames));
    const collected = collectText(document.body);
    renderer.show(collected, people(collected).slice(0, 1));
    expect(root.adoptedStyleSheets).toEqual([]);
  });

  it('takes away at once a mention whose text in the shadow root the page changed', async () => {
    const { root } = storyPage();
    const renderer = createPaintedRenderer(document, fakeHighlightApi(), readableNames);
    renderer.style(paintedCss(readableNames));
    const collected = collectText(document.body);
    renderer.show(collected, people(collected));
    root.querySelector('p')!.firstChild!.textContent = 'Nobody thanked anyone.';
    await Promise.resolve();
    expect(renderer.mentions().map((mention) => mention.id)).toEqual(['macron']);
  });

  it('looks for the pointer inside the shadow roots it painted in', () => {
    const { root } = storyPage();
    const text = root.querySelector('p')!.firstChild!;
    const caretPositionFromPoint = vi.fn(() => ({ offsetNode: text, offset: 3 }));
    const doc = { caretPositionFromPoint } as unknown as Document;
    expect(textNodesAt(doc, 10, 20, [root])).toEqual([text]);
    expect(caretPositionFromPoint).toHaveBeenCalledWith(10, 20, { shadowRoots: [root] });
    expect(textNodesAt(doc, 10, 20)).toEqual([text]);
    expect(caretPositionFromPoint).toHaveBeenLastCalledWith(10, 20);
  });

  it('wraps no text a shadow host shows, and the light text around it as before', () => {
    storyPage();
    const renderer = createWrappedRenderer(document);
    const collected = collectText(document.body);
    renderer.show(collected, people(collected));
    expect(mentionTexts()).toEqual(['Emmanuel Macron']);
    expect(renderer.mentions()).toHaveLength(1);
  });
});

describe('watching open shadow roots for later text', () => {
  const watch = (roots?: readonly ShadowRoot[]) => {
    const batches: string[] = [];
    const controller = new AbortController();
    observeNewText(
      document.body,
      (_roots, collected) => batches.push(collected.text),
      controller.signal,
      { shadowRoots: roots },
    );
    return { batches, stop: () => controller.abort() };
  };
  const settle = (ms = 250) => vi.advanceTimersByTimeAsync(ms);

  it('hands over text added in a shadow root it was given', async () => {
    vi.useFakeTimers();
    const { root } = storyPage();
    const { batches, stop } = watch(collectText(document.body).shadowRoots);
    root.querySelector('article')!.append(document.createElement('p'));
    root.querySelector('article')!.lastChild!.textContent = 'Giorgia Meloni spoke.';
    await settle();
    expect(batches).toEqual(['Giorgia Meloni spoke.']);
    stop();
  });

  it('reads a host the page adds with its shadow root, then watches that root', async () => {
    vi.useFakeTimers();
    render('<p>Old</p>');
    const { batches, stop } = watch();
    const host = document.createElement('x-later');
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML = '<p>Keir Starmer</p>';
    document.body.append(host);
    await settle();
    expect(batches).toEqual(['Keir Starmer']);
    const more = root.appendChild(document.createElement('p'));
    more.textContent = 'Mark Rutte';
    await settle();
    expect(batches).toEqual(['Keir Starmer', 'Mark Rutte']);
    root.firstChild!.firstChild!.textContent = 'Emmanuel Macron';
    await settle();
    expect(batches.slice(2)).toEqual(['Emmanuel Macron']);
    expect(batches.join(BLOCK_SEPARATOR)).not.toContain('Old');
    stop();
  });
});

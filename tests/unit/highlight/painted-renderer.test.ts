import { afterEach, describe, expect, it, vi } from 'vitest';
import { collectText } from '@/src/dom/collect-text';
import { createPaintedRenderer } from '@/src/highlight/painted/painted-renderer';
import { paintedCss } from '@/src/style/painted-css';
import {
  fakeHighlightApi,
  paintedTexts,
  readableNames,
  type FakeHighlight,
} from '../support/fake-highlights';
import { REGISTRY_CHECK_MS } from '@/src/highlight/painted/registry-keeper';
import { actor, at, figure, render, snapshot, expectRestored } from './support';

afterEach(() => {
  document.body.innerHTML = '';
  document.adoptedStyleSheets = [];
});

describe('the painted renderer', () => {
  it('paints every match without changing the page, and its undo takes the paint away', () => {
    const body = render('<p><b>Emmanuel</b> Macron said 26 countries would join.</p>');
    const before = snapshot(body);
    const api = fakeHighlightApi();
    const renderer = createPaintedRenderer(document, api, readableNames);
    const collected = collectText(body);
    const undoStyle = renderer.style(paintedCss(readableNames));
    const undo = renderer.show(collected, [
      actor('person', 'macron', at(collected, 'Emmanuel Macron')),
      figure('countries', 26, 'disputed', at(collected, '26 countries')),
    ]);
    expectRestored(body, before);
    expect(paintedTexts(api.registry)).toEqual({
      person: ['Emmanuel', ' Macron'],
      'figure-disputed': ['26 countries'],
    });
    expect(renderer.mentions().map((m) => [m.id, m.text(), m.status])).toEqual([
      ['macron', 'Emmanuel Macron', undefined],
      ['countries', '26 countries', 'disputed'],
    ]);
    expect(document.adoptedStyleSheets).toHaveLength(1);
    undo();
    expect(paintedTexts(api.registry)).toEqual({
      person: [],
      'figure-disputed': [],
    });
    undoStyle();
    expect(api.registry.size).toBe(0);
    expect(document.adoptedStyleSheets).toHaveLength(0);
    expectRestored(body, before);
  });

  it('draws an item’s later mentions in a section, and headings, with less ink', () => {
    const body = render(
      '<h1>Macron hosts allies</h1><p>Macron spoke. Later <i>Macron</i> said 31 countries, ' +
        'then 31 countries again.</p><section><p>Macron left.</p></section>',
    );
    const api = fakeHighlightApi();
    const renderer = createPaintedRenderer(document, api, readableNames);
    const collected = collectText(body);
    renderer.show(collected, [
      ...[0, 1, 2, 3].map((n) => actor('person', 'macron', at(collected, 'Macron', n))),
      ...[0, 1].map((n) => figure('countries', 31, 'disputed', at(collected, '31 countries', n))),
    ]);
    expect(paintedTexts(api.registry)).toEqual({
      // The first mention of each section, full (the body's, the inner section's); the
      // headline's and the repeat, light.
      person: ['Macron', 'Macron'],
      'person-again': ['Macron', 'Macron'],
      // A figure that differs keeps its flag every time.
      'figure-disputed': ['31 countries', '31 countries'],
    });
    expect(paintedCss(readableNames)).toContain('::highlight(person-again)');
    expect(paintedCss(readableNames, { everyMention: true })).toMatch(
      /::highlight\(person-again\) \{\n {2}background-color/,
    );
  });

  it('marks an item fully once per section across batches, again once that mark is gone', () => {
    const body = render('<p>Macron spoke.</p><p id="later">Macron left.</p>');
    const api = fakeHighlightApi();
    const renderer = createPaintedRenderer(document, api, readableNames);
    const first = collectText(body.querySelector('p')!);
    const undoFirst = renderer.show(first, [actor('person', 'macron', at(first, 'Macron'))]);
    const later = collectText(body.querySelector('#later')!);
    const undoLater = renderer.show(later, [actor('person', 'macron', at(later, 'Macron'))]);
    expect(paintedTexts(api.registry)).toEqual({
      person: ['Macron'],
      'person-again': ['Macron'],
    });
    undoLater();
    undoFirst();
    const again = collectText(body.querySelector('#later')!);
    renderer.show(again, [actor('person', 'macron', at(again, 'Macron'))]);
    expect(paintedTexts(api.registry)['person']).toEqual(['Macron']);
  });

  it('paints repeat mentions in full in high contrast', () => {
    expect(paintedCss(readableNames, { highContrast: true })).toMatch(
      /::highlight\(person-again\) \{\n {2}color: #000;\n {2}background-color/,
    );
  });

  it('drops what it painted in text it is shown again, so nothing is painted twice', () => {
    const body = render('<p>Macron met Zelensky.</p>');
    const api = fakeHighlightApi();
    const renderer = createPaintedRenderer(document, api, readableNames);
    const first = collectText(body);
    renderer.show(first, [
      actor('person', 'macron', at(first, 'Macron')),
      actor('person', 'zelensky', at(first, 'Zelensky')),
    ]);
    // The page appends to the node; the observer hands it over again.
    (body.querySelector('p')!.firstChild as Text).appendData(' Starmer came.');
    const again = collectText(body);
    renderer.show(again, [
      actor('person', 'macron', at(again, 'Macron')),
      actor('person', 'zelensky', at(again, 'Zelensky')),
      actor('person', 'starmer', at(again, 'Starmer')),
    ]);
    expect(paintedTexts(api.registry)['person']).toEqual(['Macron', 'Zelensky', 'Starmer']);
    expect(renderer.mentions().map((m) => m.id)).toEqual(['macron', 'zelensky', 'starmer']);
  });

  it('no longer lists a mention whose text the page changed or removed', () => {
    const body = render('<p id="a">Macron met Zelensky.</p><p id="b">Starmer too.</p>');
    const renderer = createPaintedRenderer(document, fakeHighlightApi(), readableNames);
    const collected = collectText(body);
    renderer.show(collected, [
      actor('person', 'macron', at(collected, 'Macron')),
      actor('person', 'starmer', at(collected, 'Starmer')),
    ]);
    (body.querySelector('#a')!.firstChild as Text).data = 'Someone met Zelensky.';
    body.querySelector('#b')!.remove();
    expect(renderer.mentions()).toEqual([]);
  });

  it('skips a match over text that changed since it was collected', () => {
    const body = render('<p>Macron met Zelensky.</p>');
    const api = fakeHighlightApi();
    const renderer = createPaintedRenderer(document, api, readableNames);
    const collected = collectText(body);
    (body.querySelector('p')!.firstChild as Text).data = 'Changed';
    renderer.show(collected, [actor('person', 'macron', at(collected, 'Macron'))]);
    expect(renderer.mentions()).toEqual([]);
    expect(paintedTexts(api.registry)).toEqual({});
  });

  it('makes a mention current in a highlight of its own above the others', () => {
    const body = render('<p>Macron met Zelensky.</p>');
    const api = fakeHighlightApi();
    const renderer = createPaintedRenderer(document, api, readableNames);
    const collected = collectText(body);
    renderer.show(collected, [
      actor('person', 'macron', at(collected, 'Macron')),
      actor('person', 'zelensky', at(collected, 'Zelensky')),
    ]);
    renderer.setCurrent(renderer.mentions()[1]);
    expect(paintedTexts(api.registry)['current']).toEqual(['Zelensky']);
    expect(api.registry.get('current')!.priority).toBe(1);
    renderer.setCurrent(undefined);
    expect(paintedTexts(api.registry)['current']).toEqual([]);
  });
});

describe('the painted renderer, in a registry the page shares', () => {
  it('registers its highlights under names a page cannot predict, fresh for each renderer', () => {
    const body = render('<p>Macron said 26 countries would join.</p>');
    const names = (api: ReturnType<typeof fakeHighlightApi>) => {
      const renderer = createPaintedRenderer(document, api);
      const collected = collectText(body);
      renderer.show(collected, [
        actor('person', 'macron', at(collected, 'Macron')),
        figure('countries', 26, 'disputed', at(collected, '26 countries')),
      ]);
      return { renderer, registered: [...api.registry.keys()] };
    };
    const first = names(fakeHighlightApi());
    const second = names(fakeHighlightApi());
    expect(first.registered).toHaveLength(2);
    for (const name of [...first.registered, ...second.registered]) {
      expect(name).toMatch(/^h[0-9a-v]{15}$/);
    }
    expect(first.registered).not.toEqual(second.registered);
    // Each mention lists the name it is painted under, and the sheet styles that name.
    const listed = first.renderer.mentions().map((mention) => mention.highlight);
    expect(listed).toEqual(first.registered);
    const css = paintedCss(first.renderer.names!);
    for (const name of first.registered) expect(css).toContain(`::highlight(${name})`);
    expect(css).not.toMatch(/summit|lens/i);
  });

  it('puts its highlights back when the page clears the registry, leaving the page’s own', () => {
    const body = render('<p>Macron met Zelensky.</p>');
    const api = fakeHighlightApi();
    const renderer = createPaintedRenderer(document, api, readableNames);
    const collected = collectText(body);
    renderer.show(collected, [
      actor('person', 'macron', at(collected, 'Macron')),
      actor('person', 'zelensky', at(collected, 'Zelensky')),
    ]);
    const ours = api.registry.get('person');
    // The page clears the registry for its own search highlighting, then adds its own.
    api.registry.clear();
    const theirs = fakeHighlightApi().create() as unknown as FakeHighlight;
    api.registry.set('search', theirs);
    // Listing puts ours back first: what is listed is what is painted.
    expect(renderer.mentions().map((mention) => mention.highlight)).toEqual(['person', 'person']);
    expect(api.registry.get('person')).toBe(ours);
    expect(paintedTexts(api.registry)).toEqual({ search: [], person: ['Macron', 'Zelensky'] });
    // A replaced entry comes back too; the page's own entry is never touched.
    api.registry.set('person', fakeHighlightApi().create() as unknown as FakeHighlight);
    renderer.mentions();
    expect(api.registry.get('person')).toBe(ours);
    expect(api.registry.get('search')).toBe(theirs);
  });

  it('puts them back by itself within a moment, while it paints anything', async () => {
    vi.useFakeTimers();
    try {
      const body = render('<p>Macron spoke.</p>');
      const api = fakeHighlightApi();
      const renderer = createPaintedRenderer(document, api, readableNames);
      const undoStyle = renderer.style('');
      const collected = collectText(body);
      renderer.show(collected, [actor('person', 'macron', at(collected, 'Macron'))]);
      api.registry.clear();
      await vi.advanceTimersByTimeAsync(REGISTRY_CHECK_MS);
      expect(paintedTexts(api.registry)).toEqual({ person: ['Macron'] });
      undoStyle();
      expect(api.registry.size).toBe(0);
      expect(vi.getTimerCount()).toBe(0);
    } finally {
      vi.useRealTimers();
    }
  });
});

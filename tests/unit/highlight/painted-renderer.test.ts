import { afterEach, describe, expect, it } from 'vitest';
import { collectText } from '@/src/dom/collect-text';
import { createPaintedRenderer } from '@/src/highlight/painted/painted-renderer';
import { paintedCss } from '@/src/style/painted-css';
import { fakeHighlightApi, paintedTexts } from '../support/fake-highlights';
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
    const renderer = createPaintedRenderer(document, api);
    const collected = collectText(body);
    const undoStyle = renderer.style(paintedCss());
    const undo = renderer.show(collected, [
      actor('person', 'macron', at(collected, 'Emmanuel Macron')),
      figure('countries', 26, 'disputed', at(collected, '26 countries')),
    ]);
    expectRestored(body, before);
    expect(paintedTexts(api.registry)).toEqual({
      'summit-lens-person': ['Emmanuel', ' Macron'],
      'summit-lens-figure-disputed': ['26 countries'],
    });
    expect(renderer.mentions().map((m) => [m.id, m.text(), m.status])).toEqual([
      ['macron', 'Emmanuel Macron', undefined],
      ['countries', '26 countries', 'disputed'],
    ]);
    expect(document.adoptedStyleSheets).toHaveLength(1);
    undo();
    expect(paintedTexts(api.registry)).toEqual({
      'summit-lens-person': [],
      'summit-lens-figure-disputed': [],
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
    const renderer = createPaintedRenderer(document, api);
    const collected = collectText(body);
    renderer.show(collected, [
      ...[0, 1, 2, 3].map((n) => actor('person', 'macron', at(collected, 'Macron', n))),
      ...[0, 1].map((n) => figure('countries', 31, 'disputed', at(collected, '31 countries', n))),
    ]);
    expect(paintedTexts(api.registry)).toEqual({
      // The first mention of each section, full (the body's, the inner section's); the
      // headline's and the repeat, light.
      'summit-lens-person': ['Macron', 'Macron'],
      'summit-lens-person-again': ['Macron', 'Macron'],
      // A figure that differs keeps its flag every time.
      'summit-lens-figure-disputed': ['31 countries', '31 countries'],
    });
    expect(paintedCss()).toContain('::highlight(summit-lens-person-again)');
    expect(paintedCss({ everyMention: true })).toMatch(
      /::highlight\(summit-lens-person-again\) \{\n {2}background-color/,
    );
  });

  it('marks an item fully once per section across batches, again once that mark is gone', () => {
    const body = render('<p>Macron spoke.</p><p id="later">Macron left.</p>');
    const api = fakeHighlightApi();
    const renderer = createPaintedRenderer(document, api);
    const first = collectText(body.querySelector('p')!);
    const undoFirst = renderer.show(first, [actor('person', 'macron', at(first, 'Macron'))]);
    const later = collectText(body.querySelector('#later')!);
    const undoLater = renderer.show(later, [actor('person', 'macron', at(later, 'Macron'))]);
    expect(paintedTexts(api.registry)).toEqual({
      'summit-lens-person': ['Macron'],
      'summit-lens-person-again': ['Macron'],
    });
    undoLater();
    undoFirst();
    const again = collectText(body.querySelector('#later')!);
    renderer.show(again, [actor('person', 'macron', at(again, 'Macron'))]);
    expect(paintedTexts(api.registry)['summit-lens-person']).toEqual(['Macron']);
  });

  it('paints repeat mentions in full in high contrast', () => {
    expect(paintedCss({ highContrast: true })).toMatch(
      /::highlight\(summit-lens-person-again\) \{\n {2}color: #000;\n {2}background-color/,
    );
  });

  it('drops what it painted in text it is shown again, so nothing is painted twice', () => {
    const body = render('<p>Macron met Zelensky.</p>');
    const api = fakeHighlightApi();
    const renderer = createPaintedRenderer(document, api);
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
    expect(paintedTexts(api.registry)['summit-lens-person']).toEqual([
      'Macron',
      'Zelensky',
      'Starmer',
    ]);
    expect(renderer.mentions().map((m) => m.id)).toEqual(['macron', 'zelensky', 'starmer']);
  });

  it('no longer lists a mention whose text the page changed or removed', () => {
    const body = render('<p id="a">Macron met Zelensky.</p><p id="b">Starmer too.</p>');
    const renderer = createPaintedRenderer(document, fakeHighlightApi());
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
    const renderer = createPaintedRenderer(document, api);
    const collected = collectText(body);
    (body.querySelector('p')!.firstChild as Text).data = 'Changed';
    renderer.show(collected, [actor('person', 'macron', at(collected, 'Macron'))]);
    expect(renderer.mentions()).toEqual([]);
    expect(paintedTexts(api.registry)).toEqual({});
  });

  it('makes a mention current in a highlight of its own above the others', () => {
    const body = render('<p>Macron met Zelensky.</p>');
    const api = fakeHighlightApi();
    const renderer = createPaintedRenderer(document, api);
    const collected = collectText(body);
    renderer.show(collected, [
      actor('person', 'macron', at(collected, 'Macron')),
      actor('person', 'zelensky', at(collected, 'Zelensky')),
    ]);
    renderer.setCurrent(renderer.mentions()[1]);
    expect(paintedTexts(api.registry)['summit-lens-current']).toEqual(['Zelensky']);
    expect(api.registry.get('summit-lens-current')!.priority).toBe(1);
    renderer.setCurrent(undefined);
    expect(paintedTexts(api.registry)['summit-lens-current']).toEqual([]);
  });
});

import { afterEach, describe, expect, it } from 'vitest';
import { BLOCK_SEPARATOR, collectText, collectTexts } from '@/src/dom/collect-text';
import { isInExcludedRegion } from '@/src/dom/excluded';

const SEP = BLOCK_SEPARATOR;

afterEach(() => {
  document.body.innerHTML = '';
});

/** Puts `light` in the body and gives the element `selector` an open shadow root of `shadow`. */
function host(light: string, selector: string, shadow: string): ShadowRoot {
  if (light) document.body.innerHTML = light;
  const element = document.body.querySelector(selector)!;
  const root = element.attachShadow({ mode: 'open' });
  root.innerHTML = shadow;
  return root;
}

describe('collectText in open shadow roots', () => {
  it('reads a story in a shadow root whose host has no light content', () => {
    const root = host(
      '<p>Before</p><x-story></x-story><p>After</p>',
      'x-story',
      '<article><h1>Summit</h1><p>Emmanuel <b>Macron</b> spoke.</p></article>',
    );
    const collected = collectText(document.body);
    expect(collected.text).toBe(`Before${SEP}Summit${SEP}Emmanuel Macron spoke.${SEP}After`);
    expect(collected.shadowRoots).toEqual([root]);
    expect(collected.nodes.map((node) => node.getRootNode())).toContain(root);
  });

  it('reads shadow roots nested two deep, in the order they are shown', () => {
    const outer = host('<x-page></x-page>', 'x-page', '<h1>Paris</h1><x-body></x-body><p>End</p>');
    const inner = outer.querySelector('x-body')!.attachShadow({ mode: 'open' });
    inner.innerHTML = '<article><p>Volodymyr Zelensky</p></article>';
    const collected = collectText(document.body);
    expect(collected.text).toBe(`Paris${SEP}Volodymyr Zelensky${SEP}End`);
    expect(collected.shadowRoots).toEqual([outer, inner]);
  });

  it('reads slotted light content where its slot stands, and not unassigned children', () => {
    host(
      '<x-card><span slot="name">Macron</span> and Starmer<i slot="none">hidden</i></x-card>',
      'x-card',
      '<p>Emmanuel <slot name="name"></slot> met <slot></slot>.</p>',
    );
    expect(collectText(document.body).text).toBe('Emmanuel Macron met  and Starmer.');
  });

  it("reads a slot's fallback content when nothing is assigned to it", () => {
    host('<x-card></x-card>', 'x-card', '<p>By <slot name="who">Reuters</slot></p>');
    expect(collectText(document.body).text).toBe('By Reuters');
  });

  it('reads a root that is itself a shadow host through its shadow root', () => {
    const root = host('<x-story>light</x-story>', 'x-story', '<p>Shadow</p>');
    const collected = collectText(document.querySelector('x-story')!);
    expect(collected.text).toBe('Shadow');
    expect(collected.shadowRoots).toEqual([root]);
  });

  it('keeps excluded regions out inside and around shadow roots', () => {
    const root = host(
      '<x-a></x-a><div contenteditable="true"><x-b></x-b></div>',
      'x-a',
      '<p>Macron</p><script>Putin</script><pre>Trump</pre>',
    );
    const editable = host('', 'x-b', '<p>Starmer</p>');
    expect(collectText(document.body).text).toBe('Macron');
    expect(isInExcludedRegion(editable.querySelector('p')!.firstChild!)).toBe(true);
    expect(isInExcludedRegion(root.querySelector('p')!.firstChild!)).toBe(false);
  });

  it('never reads our own UI, shadow root and all', () => {
    host('<p>A</p><div data-summit-ui></div>', '[data-summit-ui]', '<p>Macron</p>');
    const collected = collectText(document.body);
    expect(collected.text).toBe('A');
    expect(collected.shadowRoots).toEqual([]);
  });

  it('names the shadow root a root it is given lies in', () => {
    const root = host('<x-a></x-a>', 'x-a', '<p>Macron</p><p>Zelensky</p>');
    const [first, second] = Array.from(root.querySelectorAll('p'));
    const collected = collectTexts([first!, second!]);
    expect(collected.text).toBe(`Macron${SEP}Zelensky`);
    expect(collected.shadowRoots).toEqual([root]);
  });

  it('leaves a closed shadow root out of reach', () => {
    document.body.innerHTML = '<p>Open</p><x-closed></x-closed>';
    const closed = document.querySelector('x-closed')!.attachShadow({ mode: 'closed' });
    closed.innerHTML = '<p>Macron</p>';
    const collected = collectText(document.body);
    expect(collected.text).toBe('Open');
    expect(collected.shadowRoots).toEqual([]);
  });

  it('finds no shadow root on a page without one', () => {
    document.body.innerHTML = '<p>Emmanuel <b>Macron</b></p>';
    expect(collectText(document.body).shadowRoots).toEqual([]);
  });
});

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BLOCK_SEPARATOR, collectText, type CollectedText } from '@/src/dom/collect-text';
import { injectStyles } from '@/src/highlight/inject-styles';
import { observeNewText, type ObserveOptions } from '@/src/highlight/observe';
import type { Undo } from '@/src/dom/undo';
import { createWrappedRenderer } from '@/src/highlight/wrapped/wrapped-renderer';
import { actor, at, expectRestored, render, snapshot, highlightMatches } from './support';
import { settle } from '../support/messages';

interface Batch {
  at: number;
  roots: Node[];
  text: string;
}

let batches: Batch[];
let controller: AbortController;

function watch(root: Node, options: ObserveOptions = {}, also?: (c: CollectedText) => void): Undo {
  // The wrapped renderer's own elements and its response to a region made editable.
  const renderer = createWrappedRenderer(document);
  return observeNewText(
    root,
    (roots, collected) => {
      batches.push({ at: Date.now(), roots, text: collected.text });
      also?.(collected);
    },
    controller.signal,
    { owns: renderer.owns, onEditable: renderer.clearIn, ...options },
  );
}

function paragraph(text: string, parent: Node = document.body): HTMLElement {
  const p = document.createElement('p');
  p.textContent = text;
  parent.appendChild(p);
  return p;
}

beforeEach(() => {
  vi.useFakeTimers();
  render('<main><p>Old text</p></main>');
  batches = [];
  controller = new AbortController();
});

afterEach(() => {
  controller.abort();
  vi.useRealTimers();
  document.body.innerHTML = '';
});

describe('observeNewText', () => {
  it('hands over only the new content, in one batch', async () => {
    watch(document.body);
    const a = paragraph('Macron');
    const b = paragraph('Zelensky');
    await settle(250);
    expect(batches).toHaveLength(1);
    expect(batches[0]!.roots).toEqual([a, b]);
    expect(batches[0]!.text).toBe(`Macron${BLOCK_SEPARATOR}Zelensky`);
  });

  it('delivers at most one batch per 200 ms', async () => {
    watch(document.body);
    paragraph('one');
    await settle(0);
    expect(batches).toHaveLength(1);
    await settle(10);
    paragraph('two');
    await settle(150);
    expect(batches).toHaveLength(1);
    await settle(100);
    expect(batches.map((batch) => batch.text)).toEqual(['one', 'two']);
    expect(batches[1]!.at - batches[0]!.at).toBeGreaterThanOrEqual(200);
  });

  it('reports changed text with its block, where a name may run on beside it', async () => {
    const p = document.querySelector('p')!;
    const text = p.firstChild as Text;
    watch(document.body);
    text.data = 'New text about Macron';
    await settle(250);
    expect(batches[0]!.roots).toEqual([p]);
    expect(batches[0]!.text).toContain('New text about Macron');
  });

  it('reports changed text alone when its block is the whole root', async () => {
    const text = document.createTextNode('Loose text');
    document.body.appendChild(text);
    await settle(250);
    watch(document.body);
    text.data = 'Loose text about Macron';
    await settle(250);
    expect(batches[0]!.roots).toEqual([text]);
  });

  it('hands over a subtree once, not its parts again', async () => {
    watch(document.body);
    const section = document.createElement('section');
    document.body.appendChild(section);
    paragraph('inner', section);
    await settle(250);
    expect(batches[0]!.roots).toEqual([section]);
  });

  it.each([
    ['code', '<code>Macron</code>'],
    ['an editable region', '<div contenteditable="true"><p>x</p></div>'],
    ['our own UI', '<div data-summit-ui><p>Macron</p></div>'],
    ['a script', '<script>var Macron</script>'],
  ])('ignores content added to %s', async (_name, html) => {
    document.body.insertAdjacentHTML('beforeend', html);
    watch(document.body);
    const host = document.body.lastElementChild!;
    host.appendChild(document.createTextNode('Macron added'));
    host.firstElementChild?.appendChild(document.createTextNode('Macron nested'));
    await settle(1000);
    expect(batches).toHaveLength(0);
  });

  it('ignores its own highlights and their undo, and our style sheet', async () => {
    const before = snapshot(document.body);
    watch(document.documentElement);
    let undo: Undo = () => undefined;
    watch(document.body, {}, (collected) => {
      undo = highlightMatches(collected, [actor('person', 'm', at(collected, 'Macron'))]);
    });
    const p = paragraph('Macron spoke');
    await settle(1000);
    expect(document.querySelectorAll('mark')).toHaveLength(1);
    const undoStyles = injectStyles(document);
    undo();
    undoStyles();
    await settle(1000);
    // One batch for each observer: the paragraph, then nothing of ours.
    expect(batches.map((batch) => batch.roots)).toEqual([[p], [p]]);
    p.remove();
    expectRestored(document.body, before);
  });

  it('still delivers page changes made just before one of ours', async () => {
    const old = document.querySelector('p')!;
    const before = snapshot(document.body);
    watch(document.querySelector('main')!);
    const added = paragraph('Macron arrived', old.parentNode!);
    const collected = { text: 'Old text', nodes: [old.firstChild as Text], starts: [0] };
    const undo = highlightMatches(collected, [actor('term', 'old', { start: 0, end: 3 })]);
    await settle(250);
    expect(batches.map((batch) => batch.roots)).toEqual([[added]]);
    undo();
    added.remove();
    expectRestored(document.body, before);
  });

  it('does not read highlighted text again when a highlighted block moves', async () => {
    const p = paragraph('Macron and Zelensky');
    const collected = { text: 'Macron and Zelensky', nodes: [p.firstChild as Text], starts: [0] };
    const undo = highlightMatches(collected, [actor('person', 'm', { start: 0, end: 6 })]);
    watch(document.body);
    document.querySelector('main')!.appendChild(p);
    await settle(250);
    expect(batches[0]!.text).toBe(' and Zelensky');
    undo();
  });

  it('caps the nodes of a batch and delivers the rest later', async () => {
    watch(document.body, { maxNodesPerBatch: 2 });
    for (const word of ['a', 'b', 'c', 'd', 'e']) paragraph(word);
    await settle(1000);
    expect(batches.map((batch) => batch.roots.length)).toEqual([2, 2, 1]);
  });

  it('backs off while the page keeps mutating', async () => {
    watch(document.body, { maxInterval: 2000 });
    for (let i = 0; i < 200; i++) {
      paragraph(`tick ${i}`);
      await settle(50);
    }
    const gaps = batches.slice(1).map((batch, i) => batch.at - batches[i]!.at);
    expect(gaps[0]).toBeLessThanOrEqual(250);
    expect(Math.max(...gaps)).toBeGreaterThanOrEqual(1600);
    expect(batches.length).toBeLessThan(20);
  });

  it('stops when the signal aborts, and its undo is harmless', async () => {
    const undo = watch(document.body);
    controller.abort();
    undo();
    paragraph('Macron');
    await settle(1000);
    expect(batches).toHaveLength(0);
  });

  it('stops when its undo runs', async () => {
    const undo = watch(document.body);
    paragraph('Macron');
    undo();
    await settle(1000);
    expect(batches).toHaveLength(0);
  });

  it('does nothing for an already aborted signal', async () => {
    controller.abort();
    watch(document.body);
    paragraph('Macron');
    await settle(1000);
    expect(batches).toHaveLength(0);
  });

  it('unwraps highlights in a region made editable after highlighting', async () => {
    const body = render('<div id="editor"><p>Macron met Zelensky</p></div>');
    const collected = collectText(body);
    const undo = highlightMatches(collected, [
      actor('person', 'm', at(collected, 'Macron')),
      actor('person', 'z', at(collected, 'Zelensky')),
    ]);
    watch(body);
    body.querySelector('#editor')!.setAttribute('contenteditable', 'true');
    await settle();
    expect(body.querySelector('mark')).toBeNull();
    expect(body.textContent).toBe('Macron met Zelensky');
    undo();
    expect(body.textContent).toBe('Macron met Zelensky');
  });
});

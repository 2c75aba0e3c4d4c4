import { expect } from 'vitest';
import type { CollectedText } from '@/src/dom/collect-text';
import type { ShowOptions } from '@/src/highlight/renderer';
import type { Undo } from '@/src/dom/undo';
import {
  createWrappedRenderer,
  type WrappedOptions,
} from '@/src/highlight/wrapped/wrapped-renderer';
import type { ActorKind, ActorMatch, FigureMatch, FigureStatus, Match } from '@/src/matching/types';

/** Puts `html` in the body and returns the body. */
export function render(html: string): HTMLElement {
  document.body.innerHTML = html;
  return document.body;
}

/** Every text node under `root`, in document order. */
export function textNodes(root: Node): Text[] {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const out: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) out.push(node as Text);
  return out;
}

/** What undo must restore: the markup and the very same text nodes with the same data. */
export interface Snapshot {
  html: string;
  nodes: Text[];
  data: string[];
  copy: Node;
}

/** Records `root` before a change. */
export function snapshot(root: HTMLElement): Snapshot {
  const nodes = textNodes(root);
  return {
    html: root.innerHTML,
    nodes,
    data: nodes.map((node) => node.data),
    copy: root.cloneNode(true),
  };
}

/**
 * Asserts that `root` is exactly as recorded: same markup, same text nodes (identity and
 * data), hence also equal after `normalize()`.
 */
export function expectRestored(root: HTMLElement, before: Snapshot): void {
  expect(root.innerHTML).toBe(before.html);
  const nodes = textNodes(root);
  expect(nodes.map((node) => node.data)).toEqual(before.data);
  expect(nodes.every((node, i) => node === before.nodes[i])).toBe(true);
  const normalized = root.cloneNode(true) as HTMLElement;
  normalized.normalize();
  const original = before.copy.cloneNode(true) as HTMLElement;
  original.normalize();
  expect(normalized.innerHTML).toBe(original.innerHTML);
}

/** The offsets of the `nth` occurrence of `needle` in the collected text. */
export function at(
  collected: CollectedText,
  needle: string,
  nth = 0,
): { start: number; end: number } {
  let start = -1;
  for (let i = 0; i <= nth; i++) start = collected.text.indexOf(needle, start + 1);
  if (start < 0) throw new Error(`"${needle}" not in ${JSON.stringify(collected.text)}`);
  return { start, end: start + needle.length };
}

/** An actor match over `range`. */
export function actor(
  kind: ActorKind,
  id: string,
  range: { start: number; end: number },
  text = '',
): ActorMatch {
  return { kind, id, ...range, text };
}

/** A figure match over `range`. */
export function figure(
  id: string,
  value: number,
  status: FigureStatus,
  range: { start: number; end: number },
): FigureMatch {
  return {
    kind: 'figure',
    id,
    value,
    status,
    unit: 'countries',
    qualifier: 'exact',
    text: '',
    ...range,
  };
}

/** Our highlight pieces under `root`. */
export function pieces(root: ParentNode = document.body): HTMLElement[] {
  return Array.from(root.querySelectorAll<HTMLElement>('mark.summit-lens-mark'));
}

/** The text of each mention (pieces joined), in order of first piece. */
export function mentionTexts(root: ParentNode = document.body): string[] {
  const byMention = new Map<string, string>();
  for (const piece of pieces(root)) {
    const key = piece.getAttribute('data-summit-mention') ?? '';
    byMention.set(key, (byMention.get(key) ?? '') + piece.textContent);
  }
  return [...byMention.values()];
}

/**
 * Wraps `matches` as the wrapped renderer does (mark.js, the DOM contract), with the options
 * the highlighting tests vary: the pass they exercise.
 */
export function highlightMatches(
  collected: CollectedText,
  matches: readonly Match[],
  options: ShowOptions & WrappedOptions = {},
): Undo {
  const doc = collected.nodes[0]?.ownerDocument ?? document;
  const { focusable, ...show } = options;
  return createWrappedRenderer(doc, focusable === undefined ? {} : { focusable }).show(
    collected,
    matches,
    show,
  );
}

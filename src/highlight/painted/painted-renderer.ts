import type { Match } from '../../matching/types';
import { highlightNames, type HighlightNames } from '../../style/highlight-names';
import { planInk, sectionOf } from '../light-mentions';
import type { CollectedText } from '../../dom/collect-text';
import { isExcludedElement } from '../../dom/excluded';
import type { NodePlan } from '../plan-pieces';
import { planMentions, showInSlices } from '../render-plans';
import { inDocumentOrder, type Renderer, type ShowOptions, type ShownMention } from '../renderer';
import { containsComposed } from '../../dom/composed';
import { once, type Undo } from '../../dom/undo';
import type { HighlightApi } from './highlight-api';
import { alive, paintedMention, standing, type PaintedMention } from './painted-mention';
import { scrollToRange } from './scroll-to-range';
import { keepRegistered } from './registry-keeper';
import { paintedTrees } from './painted-trees';
import { textNodesAt } from './text-node-at';

/**
 * The painted renderer: every mention is a set of live `Range`s in one `Highlight` per kind
 * and figure status (highlight-names.ts), styled by `::highlight()` rules in an adopted style
 * sheet (painted-css.ts). Nothing is inserted into the page and no attribute is set, so a
 * page whose text belongs to a script (React, Vue) keeps every node as its code made it.
 *
 * Live ranges follow the page: text the page replaces collapses them, and a mention whose
 * ranges no longer cover the words it was found in is no longer listed, hit or painted (it is
 * dropped on the next show). Text collected again (the observer hands over what changed)
 * loses its old mentions before its new ones are painted, so nothing is painted twice.
 * Hover is found by hit-testing the pointer against the ranges' boxes, through the text node
 * under it (`caretPositionFromPoint`, `caretRangeFromPoint` in older Chromium). Text in open
 * shadow roots is painted the same way: each root painted in adopts the sheet and is watched
 * (painted-trees.ts), and the pointer is looked for inside them.
 */
export function createPaintedRenderer(
  doc: Document,
  api: HighlightApi,
  names: HighlightNames = highlightNames(),
): Renderer {
  const view = doc.defaultView;
  const painted = new Set<PaintedMention>();
  const byNode = new Map<Node, Set<PaintedMention>>();
  // Per section, the mention marked fully as each item's first, while it stays painted.
  const firstFull = new WeakMap<Node, Map<string, PaintedMention>>();
  const highlights = new Map<string, Highlight>();
  const keeper = keepRegistered(highlights, api.registry, view);
  const trees = paintedTrees(doc);
  let current: PaintedMention | undefined;
  // Takes away at once a mention whose text the page changed or removed, so that no part of
  // it stays painted until the text is read again (the highlight switch's observer does that later).
  const prune = (records: MutationRecord[]): void => {
    let sweep = false;
    for (const record of records) {
      if (record.type === 'characterData') {
        for (const mention of byNode.get(record.target) ?? []) if (!alive(mention)) drop(mention);
      } else if (record.removedNodes.length > 0) sweep = true;
    }
    if (sweep) for (const mention of [...painted]) if (!standing(mention)) drop(mention);
  };

  const highlight = (name: string): Highlight => {
    let found = highlights.get(name);
    if (!found) {
      found = api.create();
      if (name === names.current) found.priority = 1;
      highlights.set(name, found);
      keeper.check();
    }
    return found;
  };
  const drop = (mention: PaintedMention): void => {
    if (!painted.delete(mention)) return;
    const shown = highlights.get(mention.highlight);
    for (const range of mention.ranges) {
      shown?.delete(range);
      const node = range.startContainer;
      const set = byNode.get(node);
      set?.delete(mention);
      if (set?.size === 0) byNode.delete(node);
    }
    if (current === mention) setCurrent(undefined);
  };
  const setCurrent = (mention: ShownMention | undefined): void => {
    const shown = highlights.get(names.current);
    shown?.clear();
    current = mention ? [...painted].find((each) => each.number === mention.number) : undefined;
    if (!current) return;
    const target = highlight(names.current);
    for (const range of current.ranges) target.add(range);
    if (view) scrollToRange(current.range(), view);
  };

  return {
    name: 'painted',
    names,
    style: (css) => {
      const remove = trees.style(css);
      return once(() => {
        remove();
        trees.stopWatching();
        keeper.stop();
        for (const [name, ours] of highlights) {
          if (api.registry.get(name) === ours) api.registry.delete(name);
        }
        highlights.clear();
      });
    },
    show(collected: CollectedText, matches: readonly Match[], options: ShowOptions = {}): Undo {
      // What was collected again loses what was painted in it; what the page took away goes.
      for (const node of collected.nodes) {
        for (const mention of byNode.get(node) ?? []) drop(mention);
      }
      for (const mention of [...painted]) if (!standing(mention)) drop(mention);
      trees.watch(prune);
      const shadows = (collected.shadowRoots?.length ?? 0) > 0;
      const { plans, base } = planMentions(collected, matches, isExcludedElement);
      const ink = planInk(
        plans,
        (node) => sectionOf(node, doc),
        (section, id) => {
          const first = firstFull.get(section)?.get(id);
          return first !== undefined && painted.has(first);
        },
      );
      const made = new Map<number, PaintedMention>();
      const paint = (plan: NodePlan): Undo | undefined => {
        if (!plan.node.isConnected || plan.node.data !== plan.data) return undefined;
        if (shadows) trees.enter(plan.node);
        for (const piece of plan.pieces) {
          const number = base + piece.mention;
          let mention = made.get(number);
          if (!mention) {
            mention = paintedMention(doc, names, piece.match, number, ink.light.has(piece.mention));
            const section = ink.firsts.get(piece.mention);
            if (section) {
              let firsts = firstFull.get(section);
              if (!firsts) firstFull.set(section, (firsts = new Map()));
              firsts.set(piece.match.id, mention);
            }
            made.set(number, mention);
            painted.add(mention);
          }
          const range = doc.createRange();
          range.setStart(plan.node, piece.start);
          range.setEnd(plan.node, piece.end);
          mention.ranges.push(range);
          mention.words.push(plan.data.slice(piece.start, piece.end));
          highlight(mention.highlight).add(range);
          let set = byNode.get(plan.node);
          if (!set) byNode.set(plan.node, (set = new Set()));
          set.add(mention);
        }
        return undefined;
      };
      const stop = showInSlices(plans, (plan) => plan.node, paint, options);
      return once(() => {
        stop();
        for (const mention of made.values()) drop(mention);
      });
    },
    mentions: () => {
      // What is listed is painted: whatever the page took out of the registry goes back first.
      keeper.check();
      return inDocumentOrder([...painted].filter(alive));
    },
    mentionAt(_target, x, y) {
      for (const node of textNodesAt(doc, x, y, trees.shadowRoots)) {
        for (const mention of byNode.get(node) ?? []) {
          const hit = mention
            .rects()
            .some((box) => x >= box.left && x <= box.right && y >= box.top && y <= box.bottom);
          if (hit && alive(mention)) return mention;
        }
      }
      return undefined;
    },
    mentionOf: () => undefined,
    setCurrent,
    owns: () => false,
    clearIn(element) {
      for (const mention of [...painted]) {
        if (mention.ranges.some((range) => containsComposed(element, range.startContainer))) {
          drop(mention);
        }
      }
    },
  };
}

import { shadowRootOf } from '../dom/composed';
import type { NodePlan } from './plan-pieces';

/** What counts as one section for "first mention": the nearest section, article or main. */
const SECTIONS = 'section, article, main';

/**
 * The section `node` lies in: its nearest `<section>`, `<article>` or `<main>` (in a shadow
 * tree, its own, else its host's), else the body. Measured on the labelled corpus's 30 summit
 * pages (see README, "Less ink"), a first mention per section halves the full-ink highlights,
 * where one per paragraph saves a seventh.
 */
export function sectionOf(node: Node, doc: Document): Node {
  const parent = node.parentElement ?? shadowRootOf(node)?.host ?? null;
  for (let at = parent; at; at = shadowRootOf(at)?.host ?? null) {
    const section = at.closest(SECTIONS);
    if (section) return section;
  }
  return doc.body ?? doc;
}

/** Which mentions of a batch are drawn light, and which are their section's first. */
export interface InkPlan {
  /** Mention ordinals drawn with less ink. */
  light: Set<number>;
  /** Mention ordinals marked fully as their item's first in a section, with that section. */
  firsts: Map<number, Node>;
}

/**
 * The mentions of `plans` (their `mention` ordinals) to draw with less ink: a mention of an
 * item already mentioned in the same section (`sectionOf`): earlier in this batch, or fully in
 * an earlier one (`markedBefore`, the renderer's record, so text the page adds later does not
 * bring a second full mark); and a mention in a heading, so a headline is no heavier than the
 * body (a heading's mention does not count as the first). A figure that differs from the
 * reports is never drawn light: its flag is the point. Plans are read in document order.
 */
export function planInk(
  plans: readonly NodePlan[],
  sectionOf: (node: Text) => Node,
  markedBefore: (section: Node, id: string) => boolean,
): InkPlan {
  const light = new Set<number>();
  const firsts = new Map<number, Node>();
  const seen = new Map<Node, Set<string>>();
  for (const plan of plans) {
    const section = sectionOf(plan.node);
    const heading = plan.node.parentElement?.closest('h1, h2, h3, h4, h5, h6') != null;
    let ids = seen.get(section);
    if (!ids) seen.set(section, (ids = new Set()));
    for (const { match, mention, first } of plan.pieces) {
      if (!first) continue;
      if (match.kind === 'figure' && match.status === 'disputed') continue;
      if (heading || ids.has(match.id) || markedBefore(section, match.id)) {
        light.add(mention);
      } else {
        firsts.set(mention, section);
        ids.add(match.id);
      }
    }
  }
  return { light, firsts };
}

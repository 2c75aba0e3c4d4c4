import type { NodePlan } from './plan-pieces';

/** What counts as one section for "first mention": the nearest section, article or main. */
const SECTIONS = 'section, article, main';

/**
 * The section `node` lies in: its nearest `<section>`, `<article>` or `<main>`, else the body.
 * Measured on the labelled corpus's 30 summit pages (see README, "Less ink"), a first mention
 * per section halves the full-ink highlights, where one per paragraph saves a seventh.
 */
export function sectionOf(node: Node, doc: Document): Node {
  return node.parentElement?.closest(SECTIONS) ?? doc.body ?? doc;
}

/**
 * The mentions of `plans` (their `mention` ordinals) to draw with less ink: a mention of an
 * item already mentioned earlier in the same section (`sectionOf`), and a mention in a heading,
 * so a headline is no heavier than the body (a heading's mention does not count as the first).
 * A figure that differs from the reports is never drawn light: its flag is the point. Plans
 * are read in document order.
 */
export function lightMentions(
  plans: readonly NodePlan[],
  sectionOf: (node: Text) => Node,
): Set<number> {
  const light = new Set<number>();
  const seen = new Map<Node, Set<string>>();
  for (const plan of plans) {
    const section = sectionOf(plan.node);
    const heading = plan.node.parentElement?.closest('h1, h2, h3, h4, h5, h6') != null;
    let ids = seen.get(section);
    if (!ids) seen.set(section, (ids = new Set()));
    for (const { match, mention, first } of plan.pieces) {
      if (!first) continue;
      const flagged = match.kind === 'figure' && match.status === 'disputed';
      if (flagged) continue;
      if (heading || ids.has(match.id)) light.add(mention);
      if (!heading) ids.add(match.id);
    }
  }
  return light;
}

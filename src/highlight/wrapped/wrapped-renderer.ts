import { DISPUTED_CLASS, kindClass, MARK_CLASS } from '../../style/mark-classes';
import { ATTR, isHighlightElement } from '../../dom/dom-contract';
import { emphasize } from '../emphasize';
import { isExcludedElement } from '../../dom/excluded';
import { highlightOf, mentionHeads } from '../mention-pieces';
import { withOwnMutations } from '../../dom/own-mutations';
import type { Piece } from '../plan-pieces';
import { removeStaleHighlights } from '../remove-stale';
import { planMentions, showInSlices } from '../render-plans';
import type { Renderer } from '../renderer';
import { injectStyles } from '../inject-styles';
import { NOTHING_TO_UNDO, type Undo } from '../../dom/undo';
import { markNode } from './mark-nodes';
import { wrappedMention } from './wrapped-mention';

/** How the wrapped renderer wraps. */
export interface WrappedOptions {
  /** Make the first piece of each mention a tab stop (`tabindex="0"`). Default true. */
  focusable?: boolean;
}

/**
 * The wrapped renderer: each mention is wrapped in `<mark>` pieces by mark.js (`markRanges`,
 * one call per text node, and per run of a long one: mark.js rebuilds its whole context's
 * text for every range, so small contexts keep the pass linear; see mark-nodes.ts), dressed
 * to the DOM contract (dom-contract.ts). Tab reaches the highlights, and the report page,
 * whose text is the extension's own, is drawn this way; but the page's text nodes are split,
 * which a script that owns them (React, Vue) may not survive: the painted renderer is the
 * default on web pages. Undo restores the very same nodes with the same data (mark-nodes.ts).
 * Text a shadow host shows (its open shadow root's, or its slotted children) is not wrapped:
 * its marks would stand outside the sheet in the head and the listing of the document.
 */
export function createWrappedRenderer(doc: Document, options: WrappedOptions = {}): Renderer {
  const focusable = options.focusable ?? true;
  const excludes = (element: Element) =>
    isExcludedElement(element) || isHighlightElement(element) || element.shadowRoot != null;
  let stopEmphasis: Undo = NOTHING_TO_UNDO;
  return {
    name: 'wrapped',
    style: (css) => injectStyles(doc, css),
    show(collected, matches, showOptions = {}) {
      const { plans, base } = planMentions(collected, matches, excludes);
      const dress = (element: HTMLElement, piece: Piece): void => {
        dressMark(element, piece, base + piece.mention, focusable && piece.first);
      };
      return showInSlices(
        plans,
        (plan) => plan.node,
        (plan) => markNode(plan, dress),
        showOptions,
        withOwnMutations,
      );
    },
    mentions: () => mentionHeads(doc).map(wrappedMention),
    mentionAt: (target) => mentionAtTarget(target),
    mentionOf: (target) => mentionAtTarget(target),
    setCurrent(mention, { focus = false } = {}) {
      stopEmphasis();
      stopEmphasis = NOTHING_TO_UNDO;
      if (!mention?.focusTarget?.isConnected) return;
      stopEmphasis = emphasize(mention.focusTarget, { focus });
    },
    owns: isHighlightElement,
    clearIn: (element) => withOwnMutations(() => removeStaleHighlights(element)),
  };
}

function mentionAtTarget(target: EventTarget | null) {
  // nodeType rather than instanceof: page and content script may see different Node classes.
  const node = (target as Node | null)?.nodeType === undefined ? null : (target as Node);
  const piece = highlightOf(node);
  return piece?.hasAttribute(ATTR.id) ? wrappedMention(piece) : undefined;
}

/** Dresses an element mark.js made as one piece of a mention (the DOM contract). */
function dressMark(element: HTMLElement, piece: Piece, mention: number, focusable: boolean): void {
  const { match } = piece;
  let className = `${MARK_CLASS} ${kindClass(match.kind)}`;
  element.setAttribute(ATTR.kind, match.kind);
  element.setAttribute(ATTR.id, match.id);
  if (match.kind === 'figure') {
    element.setAttribute(ATTR.value, String(match.value));
    element.setAttribute(ATTR.status, match.status);
    element.setAttribute(ATTR.qualifier, match.qualifier);
    if (match.status === 'disputed') className += ` ${DISPUTED_CLASS}`;
  }
  element.className = className;
  element.setAttribute(ATTR.mention, String(mention));
  if (focusable) element.setAttribute('tabindex', '0');
}

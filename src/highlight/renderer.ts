import type { FigureStatus, ItemKind, Match, Qualifier } from '../matching/types';
import type { CollectedText } from '../dom/collect-text';
import { compareStarts } from '../dom/composed';
import type { Scheduler } from '../dom/scheduler';
import type { Undo } from '../dom/undo';
import type { RendererName } from '../style/style-for';
import type { HighlightNames } from '../style/highlight-names';

/**
 * One highlighted mention as a renderer shows it: what it names, and where it is. The cards,
 * next/previous, the popup's "show on page" and the listing of highlights work through it,
 * whichever renderer drew it.
 */
export interface ShownMention {
  readonly id: string;
  readonly kind: ItemKind;
  /** For a figure: the value the page gives, and how it compares with the reports. */
  readonly value?: number;
  readonly status?: FigureStatus;
  /** For a figure: how the page qualifies its value ("more than 24"). */
  readonly qualifier?: Qualifier;
  /** Page-wide number of the mention, shared by all of its pieces. */
  readonly number: number;
  /** Its words as the page shows them now. */
  text(): string;
  /** Its boxes in the viewport, first line first; empty once it has left the page. */
  rects(): DOMRect[];
  /** Whether it is still on the page, over the words it was found in. */
  alive(): boolean;
  /** A new range from its first character to its last. */
  range(): Range;
  /** The element that takes keyboard focus for it, when its renderer's highlights take focus. */
  readonly focusTarget?: HTMLElement;
  /** The registry name of the highlight it is painted in, when its renderer paints. */
  readonly highlight?: string;
}

/** How to show a batch of matches. */
export interface ShowOptions {
  /**
   * Show in the slices of this scheduler, the text in view first (see render-plans.ts).
   * Default: everything now, in document order.
   */
  scheduler?: Scheduler;
  /** Called once every piece is shown (synchronously when not sliced); not after an undo. */
  onDone?: () => void;
}

/**
 * Draws highlights on one document. `painted` (painted-renderer.ts) paints ranges with the
 * CSS Custom Highlight API and leaves the page's DOM as it is; `wrapped` (wrapped-renderer.ts)
 * wraps them in `<mark>` elements with mark.js, which Tab can reach but which split the page's
 * own text nodes.
 */
export interface Renderer {
  readonly name: RendererName;
  /** The names its highlights are registered under (the painted renderer's; highlight-names.ts). */
  readonly names?: HighlightNames;
  /** Adds the renderer's style sheet (`css` from its own style builder); Undo removes it. */
  style(css: string): Undo;
  /**
   * Shows `matches` (offsets into `collected.text`); overlapping ones keep the earliest, and a
   * match over text that changed or left the page since it was collected is skipped. Undo
   * removes what this call showed.
   */
  show(collected: CollectedText, matches: readonly Match[], options?: ShowOptions): Undo;
  /** The mentions it shows now, in document order. */
  mentions(): ShownMention[];
  /**
   * The mention under the pointer: `target` is the event's target, `x`/`y` its viewport
   * coordinates. Undefined when the pointer is over no highlight.
   */
  mentionAt(target: EventTarget | null, x: number, y: number): ShownMention | undefined;
  /** The mention whose focus target `target` is (or lies in), for focus events. */
  mentionOf(target: EventTarget | null): ShownMention | undefined;
  /**
   * Makes `mention` the visibly current one, scrolled to the middle of the viewport (and
   * focused, with `focus`, where highlights take focus); undefined clears it.
   */
  setCurrent(mention: ShownMention | undefined, options?: { focus?: boolean }): void;
  /** Whether `element` is one of the renderer's own (the observer ignores those). */
  owns(element: Element): boolean;
  /** Takes every highlight inside `element` away (it became editable). */
  clearIn(element: Element): void;
}

/** Makes a renderer for a document (one per switch-on). */
export type RendererFactory = (doc: Document) => Renderer;

/** Whether two shown mentions are the same one. */
export function sameMention(a: ShownMention | undefined, b: ShownMention | undefined): boolean {
  return a !== undefined && b !== undefined && (a === b || a.number === b.number);
}

/** A mention's identity as a plain object: the listing of highlights and the card read it. */
export interface MentionListing {
  id: string;
  kind: ItemKind;
  text: string;
  value?: number;
  status?: FigureStatus;
  qualifier?: Qualifier;
  /** The registry name it is painted under (painted renderer only). */
  highlight?: string;
}

/** The listing of `mention`. */
export function listing(mention: ShownMention): MentionListing {
  const { id, kind, value, status, qualifier, highlight } = mention;
  return {
    id,
    kind,
    text: mention.text(),
    ...(value === undefined ? {} : { value }),
    ...(status === undefined ? {} : { status }),
    ...(qualifier === undefined ? {} : { qualifier }),
    ...(highlight === undefined ? {} : { highlight }),
  };
}

/**
 * Mentions sorted by where they start in the page as it is shown: a mention in a shadow tree
 * stands where its host does (composed.ts).
 */
export function inDocumentOrder<T extends ShownMention>(mentions: Iterable<T>): T[] {
  const keyed = Array.from(mentions, (mention) => {
    const range = mention.range();
    return { mention, range, root: range.startContainer.getRootNode() };
  });
  keyed.sort((a, b) => compareStarts(a.range, b.range, [a.root, b.root]));
  return keyed.map((k) => k.mention);
}

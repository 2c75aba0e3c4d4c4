import type { CollectedText } from '../dom/collect-text';
import { collectText } from '../dom/collect-text';
import type { Scheduler } from '../dom/scheduler';
import type { Undo } from '../dom/undo';
import { observeNewText } from '../highlight/observe';
import type { Renderer, RendererFactory } from '../highlight/renderer';
import { startCards, type CardServices } from '../card/start-cards';
import type { Match } from '../matching/types';
import type { Scanned } from '../reading/page-reading';
import type { HighlightLook } from '../style/highlight-css';
import { styleFor } from '../style/style-for';
import { createNavigator, type MentionNavigator } from './mention-navigator';
import { startPart } from './page-part';

/** What a switch-on uses of the session's services (the same object, handed down). */
export interface SwitchServices extends CardServices {
  /** Makes the renderer that draws the highlights (painted or wrapped), one per switch-on. */
  renderer: RendererFactory;
  /**
   * Draw in this scheduler's slices, a task each (see render-plans.ts), so that a page with
   * thousands of mentions stays responsive; null: all at once.
   */
  scheduler: Scheduler | null;
}

/** The page a switch highlights: its root, how it reads text, where its matches go. */
export interface SwitchPage {
  root: HTMLElement;
  /** The shown matches of text the switch collects itself (the session's reading). */
  read(collected: CollectedText): Match[];
  /**
   * Each batch of matches as it is highlighted (the whole page first, then live additions),
   * so the session keeps its summary in step; `fresh` for the whole page.
   */
  onMatches(matches: readonly Match[], fresh: boolean): void;
}

/** How a switch-on highlights, from the settings (src/content/page-control.ts). */
export interface SwitchOptions {
  /** How highlights look (default: the palette, flags on, normal contrast). */
  look?: HighlightLook;
  /** Which matches are highlighted (default all); the others still reach `onMatches`. */
  show?: (match: Match) => boolean;
  /** Start the hover cards with the highlights (default true). */
  cards?: boolean;
}

/** The performance mark set each time a switch-on has drawn a whole page (tests/bench reads it). */
export const HIGHLIGHTED_MARK = 'summit-lens:highlighted';

/** The performance mark set once a switch-on has drawn its first slice: the text in view. */
export const IN_VIEW_MARK = 'summit-lens:in-view';

/** Highlighting of one document that can be switched on and off any number of times. */
export interface HighlightSwitch {
  /**
   * Highlights the page's text now and the text it adds later; no-op when on. `scanned` is
   * the page's text and shown matches when the caller has just read them (saves a second
   * scan). `onDone` runs once the page's text is drawn (later when sliced; never if switched
   * off first, or when already on).
   */
  on(scanned?: Scanned, onDone?: () => void): void;
  /** Removes every highlight and stops watching, restoring the DOM exactly; no-op when off. */
  off(): void;
  readonly isOn: boolean;
  /** Next/previous, "show on page" and the listing, while on; undefined when off. */
  readonly navigator: MentionNavigator | undefined;
}

/**
 * Highlighting of `page`, switched on and off. Each switch-on starts its parts the same way
 * (page-part.ts): the style, the hover cards, the navigator, the drawing and the observer of
 * later text, each with its undo, a part that fails left out and named.
 */
export function createHighlightSwitch(
  page: SwitchPage,
  services: SwitchServices,
  options: SwitchOptions = {},
): HighlightSwitch {
  let undos: Undo[] = [];
  let stop: AbortController | undefined;
  let navigator: MentionNavigator | undefined;
  const draw = (
    drawing: Renderer,
    collected: CollectedText,
    fresh: boolean,
    known?: readonly Match[],
    onDone?: () => void,
  ): void => {
    const matches = known ?? page.read(collected);
    const shown = options.show ? matches.filter(options.show) : matches;
    const scheduler = services.scheduler ?? undefined;
    undos.push(drawing.show(collected, shown, { scheduler, onDone }));
    page.onMatches(matches, fresh);
  };
  return {
    get isOn() {
      return stop !== undefined;
    },
    get navigator() {
      return navigator;
    },
    on(scanned, onDone) {
      if (stop) return;
      stop = new AbortController();
      const { signal } = stop;
      const doc = page.root.ownerDocument;
      const drawing = services.renderer(doc);
      const style = startPart('style', signal, () => ({
        stop: drawing.style(styleFor(drawing.name, options.look, drawing.names)),
      }));
      const cards =
        options.cards === false
          ? undefined
          : startPart('hover cards', signal, (until) =>
              startCards(doc, drawing, until, services, { look: options.look }),
            );
      const navigation = startPart('navigator', signal, () => ({
        navigator: createNavigator(doc, drawing, cards?.controller, services.t),
        stop: () => drawing.setCurrent(undefined),
      }));
      navigator = navigation?.navigator;
      for (const part of [style, cards, navigation]) if (part) undos.push(part.stop);
      const done = () => {
        performance.mark(HIGHLIGHTED_MARK);
        onDone?.();
      };
      const pageText = scanned?.collected ?? collectText(page.root);
      draw(drawing, pageText, true, scanned?.matches, done);
      performance.mark(IN_VIEW_MARK);
      const observer = startPart('observer of later text', signal, (until) => ({
        stop: observeNewText(
          page.root,
          (_roots, collected) => draw(drawing, collected, false),
          until,
          { owns: drawing.owns, onEditable: drawing.clearIn, shadowRoots: pageText.shadowRoots },
        ),
      }));
      if (observer) undos.push(observer.stop);
    },
    off() {
      if (!stop) return;
      stop.abort();
      stop = undefined;
      navigator = undefined;
      for (const undo of undos.reverse()) undo();
      undos = [];
    },
  };
}

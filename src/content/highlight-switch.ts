import { collectText, type CollectedText } from '../dom/collect-text';
import { observeNewText } from '../highlight/observe';
import type { Renderer, RendererFactory } from '../highlight/renderer';
import type { Scheduler } from '../dom/scheduler';
import type { Undo } from '../dom/undo';
import { startCards } from '../card/start-cards';
import type { Translate } from '../i18n';
import type { CardService } from './handoff';
import type { Match } from '../matching/types';
import type { HighlightLook } from '../style/highlight-css';
import { styleFor } from '../style/style-for';
import { createNavigator, type MentionNavigator } from './mention-navigator';
import type { Scanned } from '../reading/judge-page';

/** Scans text for actors and figures (the engine's scanner). */
export type Scan = (text: string) => Match[];

// A page's collected text and its matches, as judging the page found them (reading's type).
export type { Scanned };

/** How a switch-on highlights (from the settings, src/content/page-control.ts). */
export interface SwitchOptions {
  /** How highlights look (default: the palette, flags on, normal contrast). */
  look?: HighlightLook;
  /** Makes the renderer that draws the highlights (painted or wrapped), one per switch-on. */
  renderer?: RendererFactory;
  /** Which matches are highlighted (default all); the others still reach `onMatches`. */
  show?: (match: Match) => boolean;
  /**
   * The matches of a text the switch collects itself that belong to the page's story (default
   * all): the others are neither highlighted nor reported, on a pass it starts or in later
   * additions. Matches handed to `on` (`scanned`) are taken as already kept by the caller.
   */
  keep?: (collected: CollectedText, matches: readonly Match[]) => Match[];
  /** Start the hover cards with the highlights (default true), when it has `cardService`. */
  cards?: boolean;
  /** The background's side of the cards, and the strings they show (the gate's services). */
  cardService?: CardService;
  t?: Translate;
  /**
   * Wrap in this scheduler's slices, a task each (see highlightMatches), so that a page with
   * thousands of mentions stays responsive. Default: all at once.
   */
  scheduler?: Scheduler;
}

/** The performance mark set each time a switch-on has drawn a whole page (tests/bench reads it). */
export const HIGHLIGHTED_MARK = 'summit-lens:highlighted';

/** The performance mark set once a switch-on has drawn its first slice: the text in view. */
export const IN_VIEW_MARK = 'summit-lens:in-view';

/** Highlighting of one document that can be switched on and off any number of times. */
export interface HighlightSwitch {
  /**
   * Highlights the page's text now and the text it adds later; no-op when on. `scanned` is
   * the page's text and matches when the caller has just computed them (saves a second scan).
   * `onDone` runs once the page's text is wrapped (later when sliced; never if switched off
   * first, or when already on).
   */
  on(scanned?: Scanned, onDone?: () => void): void;
  /** Removes every highlight and stops watching, restoring the DOM exactly; no-op when off. */
  off(): void;
  readonly isOn: boolean;
  /** Next/previous, "show on page" and the listing, while on; undefined when off. */
  readonly navigator: MentionNavigator | undefined;
}

/**
 * Highlighting of `root`, switched on and off. `onMatches` receives each batch of matches as it is highlighted (the
 * whole page first, then live additions), so the caller can keep its summary in step.
 */
export function createHighlightSwitch(
  root: HTMLElement,
  scan: Scan,
  onMatches: (matches: readonly Match[], fresh: boolean) => void,
  options: SwitchOptions = {},
): HighlightSwitch {
  let undos: Undo[] = [];
  let stop: AbortController | undefined;
  let renderer: Renderer | undefined;
  let navigator: MentionNavigator | undefined;
  const apply = (
    collected: CollectedText,
    fresh: boolean,
    known?: readonly Match[],
    onDone?: () => void,
  ): void => {
    const { keep = (_: CollectedText, all: readonly Match[]) => [...all] } = options;
    const matches = known ?? keep(collected, scan(collected.text));
    const { show, scheduler } = options;
    const shown = show ? matches.filter(show) : matches;
    undos.push(renderer!.show(collected, shown, { scheduler, onDone }));
    onMatches(matches, fresh);
  };
  return {
    get isOn() {
      return stop !== undefined;
    },
    get navigator() {
      return navigator;
    },
    on(scanned, onDone) {
      if (stop || !options.renderer) return;
      stop = new AbortController();
      const doc = root.ownerDocument;
      const drawing = options.renderer(doc);
      renderer = drawing;
      undos.push(drawing.style(styleFor(drawing.name, options.look)));
      const { cardService, t } = options;
      let cards;
      if (options.cards !== false && cardService && t) {
        const { load, openInPopup } = cardService;
        const service = { load, openInPopup, t, look: options.look };
        cards = startCards(doc, drawing, stop.signal, service);
        undos.push(cards.stop);
      }
      navigator = createNavigator(doc, drawing, cards?.controller, t);
      undos.push(() => drawing.setCurrent(undefined));
      const done = () => {
        performance.mark(HIGHLIGHTED_MARK);
        onDone?.();
      };
      if (scanned) apply(scanned.collected, true, scanned.matches, done);
      else apply(collectText(root), true, undefined, done);
      performance.mark(IN_VIEW_MARK);
      undos.push(
        observeNewText(root, (_roots, collected) => apply(collected, false), stop.signal, {
          owns: drawing.owns,
          onEditable: drawing.clearIn,
        }),
      );
    },
    off() {
      if (!stop) return;
      stop.abort();
      stop = undefined;
      navigator = undefined;
      for (const undo of undos.reverse()) undo();
      undos = [];
      renderer = undefined;
    },
  };
}

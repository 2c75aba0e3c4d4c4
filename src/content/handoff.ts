import type { Handlers } from '../messaging/protocol';
import type { ItemCard } from '../dataset/item-card';
import type { LegendService } from '../legend/page-legend';
import type { Scheduler } from '../dom/scheduler';
import type { Translate } from '../i18n';
import type { PageSummary } from '../messaging/page-summary';
import type { Settings } from '../settings/schema';

/** The two ways of drawing highlights (src/highlight/renderer.ts), one highlighter script each. */
export type RendererName = 'painted' | 'wrapped';

/** A session started on a document, as its caller (the gate) holds it. */
export interface Session {
  /** Its answers to the popup and the keyboard commands. */
  handlers: Handlers;
  /** The document moved to another address without reloading: judge it afresh. */
  navigated(): void;
}

/** What the gate already knows of the page when it starts the session. */
export interface StartHints {
  /**
   * The page's text passed the gate's test just now, so the first judgement need not test it
   * again (a second copy of a long page's text). Only a shortcut: the judgement itself still
   * needs the page to name Ukraine.
   */
  namesUkraine?: boolean;
}

/** The background's side of the hover cards. */
export interface CardService {
  /** An item's card (undefined: no such item). */
  load(id: string): Promise<ItemCard | undefined>;
  /** Shows an item's full cross-reference in the popup. */
  openInPopup(id: string): void;
}

/**
 * The content script's services, made once by its composition root (the gate, services.ts)
 * and handed to the highlighter, which imports none of them: so the highlighter carries no
 * second copy of the messaging, storage or polyfill code, and tests hand it fakes.
 */
export interface SessionServices {
  /** The settings, read once by the gate before it starts the session. */
  settings: Settings;
  /** Calls `listener` with every later change to the settings until `signal` aborts. */
  watchSettings(listener: (settings: Settings) => void, signal: AbortSignal): void;
  /** Tells the background the page's summary (the toolbar badge). */
  publish(summary: PageSummary): void;
  cards: CardService;
  /** Whether the reader still wants the page legend (src/legend); none: no legend. */
  legend?: LegendService;
  /** The extension's strings. */
  t: Translate;
  /** Where long work gets its time (scheduler.ts); null: all of it at once. */
  scheduler: Scheduler | null;
}

/** What the highlighter script offers the gate: start a session on a document. */
export type StartHighlighter = (
  doc: Document,
  signal: AbortSignal,
  services: SessionServices,
  hints?: StartHints,
) => Session;

/**
 * The property of the content script's global through which the highlighter hands itself to
 * the gate. Both scripts run in the same isolated world (the extension's, never the page's),
 * so the page cannot see or replace it.
 */
const KEYS = {
  painted: '__summitHighlighterStart',
  wrapped: '__summitHighlighterStartWrapped',
} as const;

type Holder = Partial<Record<(typeof KEYS)[RendererName], StartHighlighter>>;

/** Called by a highlighter script when it runs (entrypoints/highlighter*.ts). */
export function offerHighlighter(
  start: StartHighlighter,
  renderer: RendererName = 'painted',
  scope: object = globalThis,
): void {
  (scope as Holder)[KEYS[renderer]] = start;
}

/** The highlighter drawing with `renderer`, once its script has run in this world. */
export function takeHighlighter(
  renderer: RendererName = 'painted',
  scope: object = globalThis,
): StartHighlighter | undefined {
  const start = (scope as Holder)[KEYS[renderer]];
  return typeof start === 'function' ? start : undefined;
}

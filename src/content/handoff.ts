import type { CardService } from '../card/start-cards';
import type { Scheduler } from '../dom/scheduler';
import type { Translate } from '../i18n';
import type { LegendService } from '../legend/page-legend';
import type { PageSummary } from '../messaging/page-summary';
import type { Handlers } from '../messaging/protocol';
import type { Settings } from '../settings/schema';

import type { RendererName } from '../style/style-for';

/** The two ways of drawing highlights (style-for.ts), one highlighter script each. */
export type { RendererName };

/**
 * The content script's services: made once by its composition root (the gate, services.ts),
 * and the one object handed down to the highlighter, its session, its highlight switches,
 * cards and legend (as WXT hands its content script context down). The highlighter imports
 * none of them: it carries no second copy of the messaging, storage or polyfill code, and
 * tests hand it fakes.
 */
export interface ContentServices {
  /** The latest settings: the first read, or a change seen since. */
  settings(): Promise<Settings>;
  /** Calls `listener` with every later change to the settings until `signal` aborts. */
  watchSettings(listener: (settings: Settings) => void, signal: AbortSignal): void;
  /** Tells the background the page's summary (the toolbar badge). */
  publish(summary: PageSummary): void;
  /** The background's side of the hover cards. */
  cards: CardService;
  /** Whether the reader still wants the page legend (src/legend); none: no legend. */
  legend?: LegendService;
  /** The extension's strings. */
  t: Translate;
  /** Where long work gets its time (scheduler.ts); null: all of it at once. */
  scheduler: Scheduler | null;
}

/** A session started on a document, as its caller (the gate) holds it. */
export interface Session {
  /** Its answers to the popup and the keyboard commands. */
  handlers: Handlers;
  /**
   * The document moved to another page without loading one (another address, another body):
   * judge it afresh. Nothing happens if it is where the session last judged it.
   */
  navigated(): void;
}

/** What the gate already knows of the page when it starts the session. */
export interface SessionStart {
  /** The settings, read by the gate to choose the highlighter. */
  settings: Settings;
  /**
   * The page's text passed the gate's test just now, so the first judgement need not test it
   * again (a second copy of a long page's text). Only a shortcut: the judgement itself still
   * needs the page to name Ukraine.
   */
  namesUkraine?: boolean;
}

/** What the highlighter script offers the gate: start a session on a document. */
export type StartHighlighter = (
  doc: Document,
  signal: AbortSignal,
  services: ContentServices,
  start: SessionStart,
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

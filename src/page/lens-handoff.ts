import type { Handlers } from '../messaging';
import type { Settings } from '../settings/schema';

/** A lens started on a document, as its caller (the gate) holds it. */
export interface LensPage {
  /** Its answers to the popup and the keyboard commands. */
  handlers: Handlers;
  /** The document moved to another address without reloading: judge it afresh. */
  navigated(): void;
}

/** What the gate already knows of the page when it starts the lens. */
export interface LensHints {
  /**
   * The page's text passed UKRAINE_GATE just now, so the first judgement need not test it
   * again (a second copy of a long page's text). Only a shortcut: the judgement itself still
   * needs the page to name Ukraine.
   */
  namesUkraine?: boolean;
}

/** What the highlighter script offers the gate: start the lens on a document. */
export type StartLens = (
  doc: Document,
  signal: AbortSignal,
  settings: Settings,
  hints?: LensHints,
) => LensPage;

/**
 * The property of the content script's global through which the highlighter hands itself to
 * the gate. Both scripts run in the same isolated world (the extension's, never the page's),
 * so the page cannot see or replace it.
 */
const KEY = '__summitLensStart';

type Holder = { [KEY]?: StartLens };

/** Called by the highlighter script when it runs (entrypoints/lens.ts). */
export function offerLens(start: StartLens, scope: object = globalThis): void {
  (scope as Holder)[KEY] = start;
}

/** The highlighter, once its script has run in this world; undefined before. */
export function takeLens(scope: object = globalThis): StartLens | undefined {
  const start = (scope as Holder)[KEY];
  return typeof start === 'function' ? start : undefined;
}

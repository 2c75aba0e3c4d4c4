/**
 * The message protocol between the popup, the background and the content script: every
 * message type with its request and response, and the envelope that carries them. No
 * browser here; wire.ts sends and listens.
 */
import type { ItemCard } from '../dataset/item-card';
import type { FigureStatus, ItemKind, Qualifier } from '../matching/types';
import type { PageSummary } from './page-summary';

/** The two highlighters a page can load: the one that paints, and the one that wraps (mark.js). */
export type HighlighterName = 'painted' | 'wrapped';

/**
 * One highlight as the content script lists it: what it names and its words as the page shows
 * them (the renderers' mentions, src/highlight/renderer.ts, list themselves in this shape).
 */
export interface HighlightListing {
  id: string;
  kind: ItemKind;
  text: string;
  value?: number;
  status?: FigureStatus;
  qualifier?: Qualifier;
  /**
   * The registry name it is painted under in `CSS.highlights` (painted highlights only): the
   * names are random per page load, so this is how the extension's tests and tools find them.
   */
  highlight?: string;
}

/** Requests and their responses, keyed by message type. */
export interface Protocol {
  /** popup -> content script: describe the page. */
  getPageSummary: { request: undefined; response: PageSummary };
  /** popup -> content script: switch highlighting on this page on or off. */
  setHighlighting: { request: { on: boolean }; response: PageSummary };
  /** content script -> background: the page's summary changed (badge). */
  pageSummaryChanged: { request: PageSummary; response: undefined };
  /** background -> content script: the toggle-highlighting command; switches it over. */
  toggleHighlighting: { request: undefined; response: PageSummary };
  /** background -> content script: the next/previous-highlight commands; false: none to go to. */
  moveHighlight: { request: { direction: 'next' | 'previous' }; response: boolean };
  /** content script -> background: the hover card of a dataset item (undefined: no such item). */
  getItemCard: { request: { id: string }; response: ItemCard | undefined };
  /** content script -> background: show an item's full cross-reference in the popup. */
  openItemInPopup: { request: { id: string }; response: undefined };
  /** popup -> content script: scroll to and flash the next mention of an item; false: none. */
  revealItem: { request: { id: string }; response: boolean };
  /**
   * content script (the gate) -> background: run the highlighter (`/highlighter.js`) in the sender's
   * frame; resolves once it has run.
   */
  loadHighlighter: { request: { renderer: HighlighterName }; response: undefined };
  /** popup, tests -> content script: every highlight shown, in document order. */
  listHighlights: { request: undefined; response: HighlightListing[] };
}

/** The name of one message of the protocol. */
export type MessageType = keyof Protocol;

/** The messages a page's content script answers (the gate forwards them to the highlighter). */
export const CONTENT_MESSAGES = [
  'getPageSummary',
  'setHighlighting',
  'toggleHighlighting',
  'moveHighlight',
  'revealItem',
  'listHighlights',
] as const satisfies readonly MessageType[];

/** The envelope on the wire: our tag, the message type and its request. */
export interface Envelope<T extends MessageType = MessageType> {
  summitLens: 1;
  type: T;
  data: Protocol[T]['request'];
}

/** Wraps a request of type `type` in our envelope. */
export function envelope<T extends MessageType>(
  type: T,
  data: Protocol[T]['request'],
): Envelope<T> {
  return { summitLens: 1, type, data };
}

/** Whether a value received from the runtime is one of ours (tagged `summitLens: 1`). */
export function isEnvelope(value: unknown): value is Envelope {
  return typeof value === 'object' && value !== null && (value as Envelope).summitLens === 1;
}

/** Who sent a message: the tab and frame, for content-script messages. */
export interface Sender {
  tabId?: number;
  frameId?: number;
}

/** Handlers for some message types; the sender's tab and frame are passed along. */
export type Handlers = {
  [T in MessageType]?: (
    data: Protocol[T]['request'],
    sender: Sender,
  ) => Protocol[T]['response'] | Promise<Protocol[T]['response']>;
};

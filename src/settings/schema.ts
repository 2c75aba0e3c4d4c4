import { ITEM_KINDS, type ItemKind } from '../matching/types';
import { KIND_COLOURS } from '../style/palette';

/**
 * The reader's settings: their shape, their defaults and the version of that shape. They
 * live in `browser.storage.sync` under one key (storage.ts); older shapes are brought up to
 * date by migrate.ts, and every stored or imported value is checked by validate.ts.
 */

/** Version of the shape below; bump it and add a step to migrate.ts when the shape changes. */
export const SETTINGS_VERSION = 2;

/**
 * When a page is highlighted: `summit` pages judged to be about the summit (relevance.ts),
 * `every` page (each is scanned), `asked` only after the reader asks (popup or shortcut).
 */
export const WHEN_MODES = ['summit', 'every', 'asked'] as const;

/** One of WHEN_MODES. */
export type WhenMode = (typeof WHEN_MODES)[number];

/** Most hostnames each site list keeps (storage.sync allows 8 KB per item). */
export const MAX_SITES = 200;

/** The settings, version 2. Treated as immutable: changes make a new object. */
export interface Settings {
  readonly version: typeof SETTINGS_VERSION;
  /** Which kinds are highlighted. */
  readonly kinds: Readonly<Record<ItemKind, boolean>>;
  /** Colour of each kind, lower-case `#rrggbb`. */
  readonly colours: Readonly<Record<ItemKind, string>>;
  /** High-contrast highlights (black text on an opaque tint). */
  readonly highContrast: boolean;
  readonly when: WhenMode;
  /**
   * Hostnames (lower case, punycode) highlighted whatever `when` says; an entry covers its
   * subdomains too. `neverOn` wins over everything; no host is on both lists.
   */
  readonly alwaysOn: readonly string[];
  /** Hostnames never highlighted unless the reader asks on the tab. */
  readonly neverOn: readonly string[];
  /** Cards with the reports' details when a highlight is hovered or focused. */
  readonly hoverCards: boolean;
  /** Disputed figures look different from agreeing ones. */
  readonly disputedFlags: boolean;
  /**
   * Wrap highlights in `<mark>` elements in the page (the wrapped renderer), so Tab reaches
   * them, instead of painting them over it; wrapping splits the page's own text, which pages
   * built with React or Vue may not survive.
   */
  readonly wrapHighlights: boolean;
  /**
   * Mark every mention fully. Off (the default), an item's later mentions in the same
   * section, and mentions in headings, get a light line without a tint (painted highlights).
   */
  readonly everyMention: boolean;
}

/** The settings of a fresh install. */
export const DEFAULT_SETTINGS: Settings = Object.freeze({
  version: SETTINGS_VERSION,
  kinds: Object.freeze(Object.fromEntries(ITEM_KINDS.map((kind) => [kind, true]))) as Record<
    ItemKind,
    boolean
  >,
  colours: Object.freeze({ ...KIND_COLOURS }),
  highContrast: false,
  when: 'summit',
  alwaysOn: Object.freeze([]),
  neverOn: Object.freeze([]),
  hoverCards: true,
  disputedFlags: true,
  wrapHighlights: false,
  everyMention: false,
});

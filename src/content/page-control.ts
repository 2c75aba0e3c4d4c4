import { onSiteList } from '../settings/hostname';
import { lookOf } from '../settings/look';
import { sameSettings } from '../settings/same-settings';
import type { Settings } from '../settings/schema';
import type { Lens, LensOptions, Scanned } from './highlight-switch';
import type { MentionNavigator } from './mention-navigator';

/**
 * Whether a page is highlighted without the reader asking: never on a `neverOn` site,
 * always on an `alwaysOn` one, else as `when` says (pages about the summit, every page, or
 * none until asked).
 */
export function highlightsByDefault(
  settings: Settings,
  hostname: string,
  relevant: boolean,
): boolean {
  if (onSiteList(settings.neverOn, hostname)) return false;
  if (onSiteList(settings.alwaysOn, hostname)) return true;
  return settings.when === 'every' || (settings.when === 'summit' && relevant);
}

/** How a lens highlights under `settings`: its style sheet, its kinds, its hover cards. */
export function lensOptions(settings: Settings): LensOptions {
  return {
    look: lookOf(settings),
    show: (match) => settings.kinds[match.kind],
    cards: settings.hoverCards,
  };
}

/** A page's highlighting as the settings and the reader's requests on the tab decide. */
export interface PageControl {
  readonly isOn: boolean;
  /** The lens's next/previous, "show on page" and listing, while it is on. */
  readonly navigator: MentionNavigator | undefined;
  /**
   * The page's first decision, once its relevance is known (`scanned` saves a rescan).
   * `onDone` runs once that decision is carried out: the page wrapped, or left alone.
   */
  start(relevant: boolean, scanned?: Scanned, onDone?: () => void): void;
  /**
   * New settings: highlights are redrawn (off, then on with the new style and kinds) at
   * once. A request made on the tab still holds, unless the new settings change when to
   * highlight or the site lists: then they decide. Returns false, doing nothing, when the
   * settings are the same as before.
   */
  update(settings: Settings): boolean;
  /** The reader asked for highlights on or off on this tab (popup, keyboard command). */
  request(on: boolean): void;
  /**
   * The page moved to another address (an app's navigation): highlights off, the reader's
   * request on the tab forgotten, until `start` decides for the new page.
   */
  reset(): void;
  /** Switches off for good (the content script is going away). */
  stop(): void;
}

/** Whether `next` changes what decides if a page is highlighted by default. */
function decidesDifferently(settings: Settings, next: Settings): boolean {
  return (
    settings.when !== next.when ||
    settings.alwaysOn.join() !== next.alwaysOn.join() ||
    settings.neverOn.join() !== next.neverOn.join()
  );
}

/** A PageControl over lenses made by `makeLens` for a page on `hostname`. */
export function createPageControl(
  makeLens: (options: LensOptions) => Lens,
  hostname: string,
  initial: Settings,
): PageControl {
  let settings = initial;
  let relevant = false;
  let started = false;
  let asked: boolean | undefined;
  let lens = makeLens(lensOptions(settings));
  const byDefault = () => highlightsByDefault(settings, hostname, relevant);
  return {
    get isOn() {
      return lens.isOn;
    },
    get navigator() {
      return lens.navigator;
    },
    start(isRelevant, scanned, onDone) {
      relevant = isRelevant;
      started = true;
      if (!lens.isOn && (asked ?? byDefault())) lens.on(scanned, onDone);
      else onDone?.();
    },
    update(next) {
      if (sameSettings(settings, next)) return false;
      if (decidesDifferently(settings, next)) asked = undefined;
      settings = next;
      lens.off();
      lens = makeLens(lensOptions(settings));
      if (started && (asked ?? byDefault())) lens.on();
      return true;
    },
    request(on) {
      asked = on;
      if (on) lens.on();
      else lens.off();
    },
    reset() {
      lens.off();
      asked = undefined;
      relevant = false;
      started = false;
    },
    stop() {
      lens.off();
    },
  };
}

import { onSiteList } from '../settings/hostname';
import { lookOf } from '../settings/look';
import { sameSettings } from '../settings/same-settings';
import type { Settings } from '../settings/schema';
import type { Scanned } from '../reading/page-reading';
import type { HighlightSwitch, SwitchOptions } from './highlight-switch';
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

/** How a switch-on highlights under `settings`: its style sheet, its kinds, its hover cards. */
export function switchOptions(settings: Settings): SwitchOptions {
  return {
    look: lookOf(settings),
    show: (match) => settings.kinds[match.kind],
    cards: settings.hoverCards,
  };
}

/** A page's highlighting as the settings and the reader's requests on the tab decide. */
export interface PageControl {
  readonly isOn: boolean;
  /** The highlighting's next/previous, "show on page" and listing, while it is on. */
  readonly navigator: MentionNavigator | undefined;
  /**
   * The page's first decision, once its relevance is known (`scanned` saves a rescan).
   * `onDone` runs once that decision is carried out: the page drawn, or left alone.
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

/** A PageControl over highlight switches made by `makeSwitch` for a page on `hostname`. */
export function createPageControl(
  makeSwitch: (options: SwitchOptions) => HighlightSwitch,
  hostname: string,
  initial: Settings,
): PageControl {
  let settings = initial;
  let relevant = false;
  let started = false;
  let asked: boolean | undefined;
  let highlighting = makeSwitch(switchOptions(settings));
  const byDefault = () => highlightsByDefault(settings, hostname, relevant);
  return {
    get isOn() {
      return highlighting.isOn;
    },
    get navigator() {
      return highlighting.navigator;
    },
    start(isRelevant, scanned, onDone) {
      relevant = isRelevant;
      started = true;
      if (!highlighting.isOn && (asked ?? byDefault())) highlighting.on(scanned, onDone);
      else onDone?.();
    },
    update(next) {
      if (sameSettings(settings, next)) return false;
      if (decidesDifferently(settings, next)) asked = undefined;
      settings = next;
      highlighting.off();
      highlighting = makeSwitch(switchOptions(settings));
      if (started && (asked ?? byDefault())) highlighting.on();
      return true;
    },
    request(on) {
      asked = on;
      if (on) highlighting.on();
      else highlighting.off();
    },
    reset() {
      highlighting.off();
      asked = undefined;
      relevant = false;
      started = false;
    },
    stop() {
      highlighting.off();
    },
  };
}

/**
 * Localised strings through `browser.i18n` (`assets/public/_locales`). Returns the key itself
 * when a string is missing, so a gap shows as a visible key rather than an empty label.
 */
import { browser } from 'wxt/browser';
import type messages from '../assets/public/_locales/en/messages.json';

export type MessageKey = keyof typeof messages;

/**
 * The localiser that components, cards and line builders are given: `t` below, or a
 * stand-in in tests. Returns the string for `key` with `$1`-style substitutions.
 */
export type Translate = (key: MessageKey, substitutions?: string | string[]) => string;

/** The localised string for `key`, with `$1`-style substitutions. */
export function t(key: MessageKey, substitutions?: string | string[]): string {
  return browser.i18n.getMessage(key, substitutions) || key;
}

/**
 * The language the extension speaks (the browser's, where a locale of ours matches it), for
 * dates and numbers in the reader's words; undefined where it cannot be asked (tests).
 */
export function uiLocale(): string | undefined {
  try {
    // Our own strings say which language they are in: the browser's @@ui_locale and
    // getUILanguage may name another (headless Chromium says en-US while it shows French).
    return browser.i18n.getMessage('locale') || undefined;
  } catch {
    return undefined;
  }
}

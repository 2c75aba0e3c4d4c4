import matcherData from 'virtual:summit-matcher';
import { createWrappedRenderer } from '@/src/highlight/wrapped/wrapped-renderer';
import type { PageSummary } from '@/src/messaging/page-summary';
import type { SessionStart, StartHighlighter } from '@/src/content/handoff';
import { lazyPageScanner } from '@/src/reading/page-scanner';
import { startSession, type HighlighterServices } from '@/src/content/session';
import { DEFAULT_SETTINGS, type Settings } from '@/src/settings/schema';
import { watchSettings } from '@/src/settings/storage';

/** The highlighter's services for a test, what it published, and the settings it starts with. */
export interface TestServices extends HighlighterServices {
  published: PageSummary[];
  /** The settings the gate would have read (default: the defaults, without hover cards). */
  initial: Settings;
}

/**
 * Services as the gate would hand them, for a test: the real settings watch (over WXT's
 * fakeBrowser storage), the real scanner, no hover cards' background (cards load nothing),
 * strings as their keys, no scheduler (all work at once, so a test may read the page right
 * after) and the wrapped renderer (happy-dom has no CSS Custom Highlight API, and the marks
 * can be read off the page). `overrides` replace any of them.
 */
export function testServices(
  overrides: Partial<HighlighterServices> & { initial?: Settings } = {},
): TestServices {
  const published: PageSummary[] = [];
  const initial = overrides.initial ?? { ...DEFAULT_SETTINGS, hoverCards: false };
  return {
    settings: async () => initial,
    watchSettings,
    publish: (summary) => published.push(summary),
    cards: { load: async () => undefined, openInPopup: () => undefined },
    t: (key) => key,
    scheduler: null,
    scannerFor: lazyPageScanner(matcherData),
    languages: matcherData.languages,
    event: matcherData.event,
    renderer: createWrappedRenderer,
    published,
    initial,
    ...overrides,
  };
}

/** What the gate hands a session it starts with `services` (its first settings), and `more`. */
export function sessionStart(
  services: TestServices,
  more: Partial<SessionStart> = {},
): SessionStart {
  return { settings: services.initial, ...more };
}

/** The highlighter's start as the highlighter.js entry offers it: the gate's services and a scanner. */
export const startForTests: StartHighlighter = (doc, signal, services, start) =>
  startSession(
    doc,
    signal,
    {
      ...services,
      scannerFor: lazyPageScanner(matcherData),
      languages: matcherData.languages,
      event: matcherData.event,
      renderer: createWrappedRenderer,
    },
    start,
  );

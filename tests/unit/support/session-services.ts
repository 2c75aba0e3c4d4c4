import matcherData from 'virtual:summit-matcher';
import { createWrappedRenderer } from '@/src/highlight/wrapped/wrapped-renderer';
import type { PageSummary } from '@/src/messaging/page-summary';
import type { StartHighlighter } from '@/src/content/handoff';
import { lazyPageScanner } from '@/src/reading/page-scanner';
import { startSession, type HighlighterServices } from '@/src/content/session';
import { DEFAULT_SETTINGS } from '@/src/settings/schema';
import { watchSettings } from '@/src/settings/storage';

/** The highlighter's services for a test, and what it published. */
export interface TestServices extends HighlighterServices {
  published: PageSummary[];
}

/**
 * Services as the gate would hand them, for a test: the real settings watch (over WXT's
 * fakeBrowser storage), the real scanner, no hover cards' background (cards load nothing),
 * strings as their keys, no scheduler (all work at once, so a test may read the page right
 * after) and the wrapped renderer (happy-dom has no CSS Custom Highlight API, and the marks
 * can be read off the page). `overrides` replace any of them.
 */
export function testServices(overrides: Partial<HighlighterServices> = {}): TestServices {
  const published: PageSummary[] = [];
  return {
    settings: { ...DEFAULT_SETTINGS, hoverCards: false },
    watchSettings,
    publish: (summary) => published.push(summary),
    cards: { load: async () => undefined, openInPopup: () => undefined },
    t: (key) => key,
    scheduler: null,
    scan: lazyPageScanner(matcherData),
    languages: matcherData.languages,
    event: matcherData.event,
    renderer: createWrappedRenderer,
    published,
    ...overrides,
  };
}

/** The highlighter's start as the highlighter.js entry offers it: the gate's services and a scanner. */
export const startForTests: StartHighlighter = (doc, signal, services, hints) =>
  startSession(
    doc,
    signal,
    {
      ...services,
      scan: lazyPageScanner(matcherData),
      languages: matcherData.languages,
      event: matcherData.event,
      renderer: createWrappedRenderer,
    },
    hints,
  );

import type { PageSummary } from '../messaging/page-summary';
import type {
  CONTENT_MESSAGES,
  Handlers,
  MessageType,
  Protocol,
  Sender,
} from '../messaging/protocol';
import type { Session } from './handoff';
import { pageSummary } from './summarize';

/**
 * The content script's answers to the popup and the commands: the highlighter's, once it is
 * loaded (or asked to highlight); before, on a page the gate left alone, the gate's own:
 * nothing judged, nothing highlighted, nothing to move to or reveal.
 */
export function answers(
  doc: Document,
  loaded: () => Promise<Session | undefined> | undefined,
  wake: () => Promise<Session | undefined>,
): Required<Pick<Handlers, (typeof CONTENT_MESSAGES)[number]>> {
  const leftAlone = (): PageSummary => pageSummary(doc);
  const ask = async <T extends MessageType>(
    session: Promise<Session | undefined>,
    type: T,
    data: Protocol[T]['request'],
    sender: Sender,
  ): Promise<Protocol[T]['response'] | undefined> => {
    const handler = (await session)?.handlers[type];
    return handler?.(data, sender);
  };
  const summaryOf = async (session: Promise<Session | undefined>, sender: Sender) =>
    (await ask(session, 'getPageSummary', undefined, sender)) ?? leftAlone();
  return {
    getPageSummary: (_, sender) => {
      const session = loaded();
      return session ? summaryOf(session, sender) : leftAlone();
    },
    setHighlighting: async (data, sender) => {
      const session = loaded() ?? (data.on ? wake() : undefined);
      if (!session) return leftAlone();
      return (await ask(session, 'setHighlighting', data, sender)) ?? leftAlone();
    },
    toggleHighlighting: async (_, sender) =>
      (await ask(loaded() ?? wake(), 'toggleHighlighting', undefined, sender)) ?? leftAlone(),
    moveHighlight: async (data, sender) => {
      const session = loaded();
      return session ? ((await ask(session, 'moveHighlight', data, sender)) ?? false) : false;
    },
    revealItem: async (data, sender) => {
      const session = loaded();
      return session ? ((await ask(session, 'revealItem', data, sender)) ?? false) : false;
    },
    listHighlights: async (_, sender) => {
      const session = loaded();
      return session ? ((await ask(session, 'listHighlights', undefined, sender)) ?? []) : [];
    },
  };
}

import type { PageSummary } from '../messaging/page-summary';
import type {
  CONTENT_MESSAGES,
  Handlers,
  MessageType,
  Protocol,
  Sender,
} from '../messaging/protocol';
import type { LensPage } from './handoff';
import { unjudgedSummary } from './summarize';

/**
 * The content script's answers to the popup and the commands: the highlighter's, once it is
 * loaded (or asked to highlight); before, on a page the gate left alone, the gate's own:
 * nothing judged, nothing highlighted, nothing to move to or reveal.
 */
export function answers(
  doc: Document,
  loaded: () => Promise<LensPage | undefined> | undefined,
  wake: () => Promise<LensPage | undefined>,
): Required<Pick<Handlers, (typeof CONTENT_MESSAGES)[number]>> {
  const leftAlone = (): PageSummary => unjudgedSummary(doc);
  const ask = async <T extends MessageType>(
    lens: Promise<LensPage | undefined>,
    type: T,
    data: Protocol[T]['request'],
    sender: Sender,
  ): Promise<Protocol[T]['response'] | undefined> => {
    const handler = (await lens)?.handlers[type];
    return handler?.(data, sender);
  };
  const summaryOf = async (lens: Promise<LensPage | undefined>, sender: Sender) =>
    (await ask(lens, 'getPageSummary', undefined, sender)) ?? leftAlone();
  return {
    getPageSummary: (_, sender) => {
      const lens = loaded();
      return lens ? summaryOf(lens, sender) : leftAlone();
    },
    setHighlighting: async (data, sender) => {
      const lens = loaded() ?? (data.on ? wake() : undefined);
      if (!lens) return leftAlone();
      return (await ask(lens, 'setHighlighting', data, sender)) ?? leftAlone();
    },
    toggleHighlighting: async (_, sender) =>
      (await ask(loaded() ?? wake(), 'toggleHighlighting', undefined, sender)) ?? leftAlone(),
    moveHighlight: async (data, sender) => {
      const lens = loaded();
      return lens ? ((await ask(lens, 'moveHighlight', data, sender)) ?? false) : false;
    },
    revealItem: async (data, sender) => {
      const lens = loaded();
      return lens ? ((await ask(lens, 'revealItem', data, sender)) ?? false) : false;
    },
    listHighlights: async (_, sender) => {
      const lens = loaded();
      return lens ? ((await ask(lens, 'listHighlights', undefined, sender)) ?? []) : [];
    },
  };
}

import messages from '@/assets/public/_locales/en/messages.json';
import type { Translate } from '@/src/i18n';

/** The English messages with chrome.i18n's `$1`-style substitutions, without a browser. */
export const tr: Translate = (key, substitutions) => {
  const values = substitutions === undefined ? [] : [substitutions].flat();
  return messages[key].message.replace(/\$(\d)/g, (_, n: string) => values[Number(n) - 1] ?? '');
};

import { createContext } from 'preact';
import { useContext } from 'preact/hooks';

/**
 * The reader's locale for dates and numbers: the extension's strings' language (uiLocale,
 * src/i18n.ts), provided by each page's composition root (entrypoints/{popup,options,report}/
 * main.tsx) so that no component asks the browser. Undefined: the runtime's default.
 */
export const LocaleContext = createContext<string | undefined>(undefined);

/** The locale the composition root provided (undefined: the runtime's default). */
export function useLocale(): string | undefined {
  return useContext(LocaleContext);
}

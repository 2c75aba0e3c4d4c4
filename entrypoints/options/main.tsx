import { render } from 'preact';
import { t, uiLocale } from '@/src/i18n';
import { setLegendDismissed } from '@/src/messaging/legend-state';
import { LocaleContext } from '@/src/ui/locale';
import { Options } from '@/src/ui/options/Options';

// The options page's composition root: the locale, the localiser and the legend's flag come
// from the browser here and are handed to the components.

// The page speaks the extension's language (its strings' locale), for screen readers too.
const locale = uiLocale();
document.documentElement.lang = locale ?? 'en';

render(
  <LocaleContext.Provider value={locale}>
    <Options t={t} showLegendAgain={() => setLegendDismissed(false)} />
  </LocaleContext.Provider>,
  document.getElementById('app')!,
);

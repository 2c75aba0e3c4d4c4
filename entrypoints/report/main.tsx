import dataset from 'virtual:summit-dataset';
import matcherData from 'virtual:summit-matcher';
import { render } from 'preact';
import { t, uiLocale } from '@/src/i18n';
import { sendToExtension } from '@/src/messaging/wire';
import { LocaleContext } from '@/src/ui/locale';
import { highlightDocument } from '@/src/report/highlight-report';
import { ReportPage } from '@/src/report/ReportPage';
import { reportWords } from '@/src/report/report-words';

// The report page's composition root: the locale, the localiser and the messages to the
// background come from the browser here and are handed to the page and its highlighting.

// The page speaks the extension's language (its strings' locale), for screen readers too.
const locale = uiLocale();
document.documentElement.lang = locale ?? 'en';

const id = new URLSearchParams(location.search).get('id');
const report = dataset.reports.find((r) => r.id === id);
const app = document.getElementById('app')!;
render(
  <LocaleContext.Provider value={locale}>
    <ReportPage report={report} t={t} />
  </LocaleContext.Provider>,
  app,
);
if (report) {
  document.title = t('reportPageTitle', report.source);
  // The report's own text only: the page header repeats names that are not reporting.
  const body = app.querySelector<HTMLElement>('.report-body') ?? app;
  highlightDocument(body, matcherData, new AbortController().signal, {
    cards: {
      load: (itemId) => sendToExtension('getItemCard', { id: itemId }),
      openInPopup: (itemId) =>
        void sendToExtension('openItemInPopup', { id: itemId }).catch(() => {}),
    },
    t: reportWords(t),
  });
}

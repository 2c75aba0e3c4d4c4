import type { PageSummary } from '../messaging/page-summary';
import type { DateVerdict } from '../reading/event-dates';
import type { Translate } from '../i18n';
import { dayNumber } from '../matching/day-number';

/** Reasons named in full; the line stays short however much the page mentions. */
const MAX_REASONS = 4;

/** A yyyymmdd date as the reader's locale writes a day ("4 September 2025"). */
export function formatDay(value: number, locale?: string): string {
  const date = new Date(dayNumber(value) * 86_400_000);
  return date.toLocaleDateString(locale, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
}

/** What the dates add to a verdict: the page's date, and whether it names the summit's. */
function dateEvidence(dates: DateVerdict, t: Translate, locale?: string): string[] {
  const said: string[] = [];
  if (dates.dated) {
    const key = dates.dated.source === 'published' ? 'popupPublished' : 'popupDateline';
    said.push(t(key, formatDay(dates.dated.value, locale)));
  }
  if (dates.summitDateMentions > 0) said.push(t('popupNamesSummitDate'));
  return said;
}

/**
 * Why the page was (or was not) taken to be about the summit, in the reader's words: the
 * actors and terms it names (figures counted among "n more"), and the evidence of its dates (its own date; a date that rules it out).
 */
export function relevanceLine(
  summary: Pick<PageSummary, 'relevant' | 'reasons' | 'dates'> &
    Partial<Pick<PageSummary, 'items' | 'language'>>,
  t: Translate,
  nameOf: (id: string) => string,
  locale?: string,
): string {
  const { language } = summary;
  if (language && !language.read)
    return t('popupUnreadLanguage', languageName(language.lang, locale));
  const readIn =
    language && language.lang !== 'en'
      ? [t('popupReadIn', languageName(language.lang, locale))]
      : [];
  return [verdictLine(summary, t, nameOf, locale), ...readIn].join(' ');
}

/** A language's name in the reader's locale ("French"), else its code. */
export function languageName(lang: string, locale?: string): string {
  try {
    return (
      new Intl.DisplayNames(locale ? [locale] : undefined, { type: 'language' }).of(lang) ?? lang
    );
  } catch {
    return lang;
  }
}

function verdictLine(
  summary: Parameters<typeof relevanceLine>[0],
  t: Translate,
  nameOf: (id: string) => string,
  locale?: string,
): string {
  const { dates } = summary;
  if (!summary.relevant && dates?.ruledOut) {
    if (dates.ruledOut === 'later-meeting' && dates.later !== undefined) {
      return t('popupRuledOutLater', formatDay(dates.later, locale));
    }
    if (dates.dated) {
      const key = dates.ruledOut === 'before' ? 'popupRuledOutBefore' : 'popupRuledOutAfter';
      return t(key, formatDay(dates.dated.value, locale));
    }
  }
  // Figures are evidence too, but their dataset names ("countries committed to the …") are
  // not the reader's words: the actors and terms are named, the figures only counted.
  const figures = new Set(summary.items?.filter((i) => i.kind === 'figure').map((i) => i.id));
  const named = summary.reasons.filter((id) => !figures.has(id));
  const shown = named.slice(0, MAX_REASONS).map(nameOf);
  const more = summary.reasons.length - shown.length;
  const names =
    more === 0
      ? shown.join(', ')
      : shown.length === 0
        ? t('popupRelevantFiguresOnly', String(more))
        : t('popupMoreReasons', [shown.join(', '), String(more)]);
  if (!summary.relevant) {
    return names ? t('popupNotRelevantBecause', names) : t('popupNotRelevant');
  }
  return [t('popupRelevantBecause', names), ...(dates ? dateEvidence(dates, t, locale) : [])].join(
    ' ',
  );
}

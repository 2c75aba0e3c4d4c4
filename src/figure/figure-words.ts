import type { MessageKey, Translate } from '../i18n';
import type { FigureStatus, Qualifier, Unit } from '../matching/types';

/**
 * How a page's figure compares with the reports, in the one vocabulary every view uses
 * (popup, card, options, README): matches / differs / not in the reports.
 */
export const VERDICT_KEYS: Record<FigureStatus, MessageKey> = {
  agrees: 'verdictMatches',
  disputed: 'verdictDiffers',
  unknown: 'verdictNotInReports',
};

/** A value with its qualifier ("more than $1"). */
export const QUALIFIER_KEYS: Record<Qualifier, MessageKey> = {
  exact: 'qualifierExact',
  'more-than': 'qualifierMoreThan',
  'at-least': 'qualifierAtLeast',
  about: 'qualifierAbout',
  nearly: 'qualifierNearly',
  'less-than': 'qualifierLessThan',
};

/**
 * A date stored as yyyymmdd with 0 for a part the text left out, in the reader's words with
 * only the parts it gave: "4 September" for "Sep 4", "February 2022", "4 September 2025".
 */
export function formatDate(value: number, locale?: string): string {
  const year = Math.floor(value / 10000);
  const month = Math.floor(value / 100) % 100;
  const day = value % 100;
  if (month < 1 || month > 12) return year > 0 ? String(year) : String(value);
  const date = new Date(Date.UTC(year > 0 ? year : 2000, month - 1, day > 0 ? day : 1));
  return date.toLocaleDateString(locale, {
    ...(day > 0 ? { day: 'numeric' } : {}),
    month: 'long',
    ...(year > 0 ? { year: 'numeric' } : {}),
    timeZone: 'UTC',
  });
}

/**
 * A figure's value for readers: a date with the parts it has, money with its currency sign,
 * anything else as a grouped number ("1,500", "3.5").
 */
export function formatValue(value: number, unit: Unit, locale?: string): string {
  if (unit === 'date') return formatDate(value, locale);
  const number = value.toLocaleString(locale, { maximumFractionDigits: 2 });
  if (unit === 'usd') return `$${number}`;
  if (unit === 'eur') return `€${number}`;
  return number;
}

/** A value with its qualifier kept: "more than 24", "about 30", "26". */
export function qualifiedValue(
  t: Translate,
  value: number,
  unit: Unit,
  qualifier: Qualifier,
  locale?: string,
): string {
  return t(QUALIFIER_KEYS[qualifier], formatValue(value, unit, locale));
}

/**
 * The locale the strings of `t` are in (their `locale` message: "fr"), for dates and numbers
 * in the same language; undefined when `t` gives no tag (a stand-in in tests). Taken through
 * `t`, so the content script's cards need no browser API of their own.
 */
export function localeOf(t: Translate): string | undefined {
  const tag = t('locale');
  return /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(tag) ? tag : undefined;
}

import type { MessageKey } from '../i18n';
import type { FigureStatus, Unit } from '../matching/types';

/**
 * How the page's figure compares with the reports, as a sentence (the popup's
 * FIGURE_STATUS_KEYS are shorter phrases). The kind's label is KIND_ONE_KEYS of
 * `../kind-labels`, shared with the popup.
 */
export const CARD_STATUS_KEYS: Record<FigureStatus, MessageKey> = {
  agrees: 'cardPageAgrees',
  disputed: 'cardPageDisputed',
  unknown: 'cardPageUnknown',
};

/**
 * A figure's value for readers: a date (stored as yyyymmdd) as yyyy-mm-dd, money with its
 * currency sign, anything else as a grouped number ("1,500").
 */
export function formatValue(value: number, unit: Unit): string {
  if (unit === 'date') {
    const digits = String(value).padStart(8, '0');
    return `${digits.slice(0, 4)}-${digits.slice(4, 6)}-${digits.slice(6, 8)}`;
  }
  const number = value.toLocaleString('en');
  if (unit === 'usd') return `$${number}`;
  if (unit === 'eur') return `€${number}`;
  return number;
}

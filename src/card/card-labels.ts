import type { MessageKey } from '../i18n';
import type { FigureStatus, ItemKind, Unit } from '../matching/types';

/** The localiser the card's components are given (`t` from src/i18n.ts, a stand-in in tests). */
export type Translate = (key: MessageKey, substitutions?: string | string[]) => string;

/** Label of an item's kind ("Person"). */
export const CARD_KIND_KEYS: Record<ItemKind, MessageKey> = {
  person: 'cardKindPerson',
  country: 'cardKindCountry',
  organisation: 'cardKindOrganisation',
  place: 'cardKindPlace',
  term: 'cardKindTerm',
  figure: 'cardKindFigure',
};

/** How the page's figure compares with the reports, as a sentence. */
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

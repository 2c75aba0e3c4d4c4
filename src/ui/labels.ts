import type { MessageKey } from '../i18n';
import type { Figure } from '../dataset/schema';
import type { FigureStatus, ItemKind, Qualifier } from '../matching/types';

/** The localiser components are given (`t` from src/i18n.ts, or a stand-in in tests). */
export type Translate = (key: MessageKey, substitutions?: string | string[]) => string;

/** Heading of a group of items of one kind ("People"). */
export const KIND_KEYS: Record<ItemKind, MessageKey> = {
  person: 'kindPerson',
  country: 'kindCountry',
  organisation: 'kindOrganisation',
  place: 'kindPlace',
  term: 'kindTerm',
  figure: 'kindFigure',
};

/** Label of one item's kind ("Person"). */
export const KIND_ONE_KEYS: Record<ItemKind, MessageKey> = {
  person: 'kindPersonOne',
  country: 'kindCountryOne',
  organisation: 'kindOrganisationOne',
  place: 'kindPlaceOne',
  term: 'kindTermOne',
  figure: 'kindFigureOne',
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

/** How a page's figure compares with the reports. */
export const FIGURE_STATUS_KEYS: Record<FigureStatus, MessageKey> = {
  agrees: 'figureStatusAgrees',
  disputed: 'figureStatusDisputed',
  unknown: 'figureStatusUnknown',
};

/** Whether the reports agree on a figure. */
export const AGREEMENT_KEYS: Record<Figure['agreement'], MessageKey> = {
  single: 'agreementSingle',
  agree: 'agreementAgree',
  differ: 'agreementDiffer',
};

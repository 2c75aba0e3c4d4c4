import type { MessageKey } from './i18n';
import type { ItemKind } from './matching/types';

/** Heading of a group of items of one kind ("People"): the popup's groups, the options' rows. */
export const KIND_KEYS: Readonly<Record<ItemKind, MessageKey>> = {
  person: 'kindPerson',
  country: 'kindCountry',
  organisation: 'kindOrganisation',
  place: 'kindPlace',
  term: 'kindTerm',
  figure: 'kindFigure',
};

/** Label of one item's kind ("Person"): the popup's item pages and lookup, the hover card. */
export const KIND_ONE_KEYS: Readonly<Record<ItemKind, MessageKey>> = {
  person: 'kindPersonOne',
  country: 'kindCountryOne',
  organisation: 'kindOrganisationOne',
  place: 'kindPlaceOne',
  term: 'kindTermOne',
  figure: 'kindFigureOne',
};

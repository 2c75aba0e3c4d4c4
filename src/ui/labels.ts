import type { MessageKey } from '../i18n';
import type { Figure } from '../dataset/schema';
import type { FigureStatus, Qualifier } from '../matching/types';

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

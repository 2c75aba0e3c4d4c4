import type { MessageKey, Translate } from '../i18n';

/** The card's words about "this page", and what they become on a report's own page. */
const ON_A_REPORT: Partial<Record<MessageKey, MessageKey>> = {
  figureLeadPage: 'figureLeadReport',
  figureLeadPageOnly: 'figureLeadReportOnly',
  figureGroupThisPage: 'figureGroupThisReport',
};

/**
 * The localiser for cards on a report's page: the page *is* one of the reports, so the cards
 * speak of "this report" where a news page's speak of "this page".
 */
export function reportWords(t: Translate): Translate {
  return (key, substitutions) => t(ON_A_REPORT[key] ?? key, substitutions);
}

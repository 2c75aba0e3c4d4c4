import type { Translate } from '../i18n';
import type { FigureStatus, Qualifier, Unit } from '../matching/types';
import type { ValueGroup } from './figure-groups';
import { localeOf, qualifiedValue, VERDICT_KEYS } from './figure-words';

/** Props of FigureLead. */
export interface FigureLeadProps {
  t: Translate;
  unit: Unit;
  /** The reports' values, grouped (groupValues), the commonest first. */
  groups: readonly ValueGroup[];
  /** Reports in the dataset. */
  reportTotal: number;
  /** A report's short name for readers. */
  sourceOf: (reportId: string) => string;
  /** The figure as this page gives it, when the page gives it (its qualifier kept). */
  page?: { value?: number; qualifier?: Qualifier; status?: FigureStatus };
  locale?: string;
}

/**
 * A figure, verdict first: one line with both sides ("This page: 26 · the reports: 26, in 5
 * of 5"), the verdict in the shared vocabulary, then each value the reports give with how
 * many give it and who, the one this page gives flagged. Shared by the hover card and the
 * popup's detail, so both say the same thing in the same words.
 */
export function FigureLead({
  t,
  unit,
  groups,
  reportTotal,
  sourceOf,
  page,
  locale = localeOf(t),
}: FigureLeadProps) {
  const top = groups[0];
  const value = (group: ValueGroup) =>
    qualifiedValue(t, group.value, unit, group.qualifier, locale);
  const status = page?.status;
  const pageValue =
    page?.value === undefined
      ? undefined
      : qualifiedValue(t, page.value, unit, page.qualifier ?? 'exact', locale);
  const theirs = top && [value(top), String(top.reportIds.length), String(reportTotal)];
  const lead =
    pageValue !== undefined
      ? theirs
        ? t('figureLeadPage', [pageValue, ...theirs])
        : t('figureLeadPageOnly', pageValue)
      : theirs && t('figureLeadReports', theirs);
  return (
    <div class="figure-lead">
      {lead && <p class="lead">{lead}</p>}
      {status && (
        <p class={`verdict verdict-${status}`}>
          <span class="verdict-sign" aria-hidden="true">
            {status === 'agrees' ? '✓' : status === 'disputed' ? '≠' : '?'}
          </span>{' '}
          {t(VERDICT_KEYS[status])}
        </p>
      )}
      {groups.length > 0 && (
        <ul class="value-groups">
          {groups.map((group) => {
            const samePage =
              page?.value !== undefined &&
              group.value === page.value &&
              group.qualifier === (page.qualifier ?? 'exact');
            return (
              <li
                key={`${group.qualifier} ${group.value}`}
                class={samePage ? 'same-page' : undefined}
              >
                <span class="group-value">{value(group)}</span>{' '}
                <span class="group-reports">
                  {t('figureGroupReports', [
                    String(group.reportIds.length),
                    String(reportTotal),
                    group.reportIds.map(sourceOf).join(', '),
                  ])}
                </span>
                {samePage && <span class="group-page"> · {t('figureGroupThisPage')}</span>}
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}

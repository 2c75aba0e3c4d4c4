import type { MessageKey } from '../i18n';
import type { PageSummary } from '../messaging/page-summary';
import type { SiteRule } from '../settings/site-rule';
import { useLocale } from './locale';
import { relevanceLine } from './relevance-line';

/** The page's site, what the site lists say of it, and how to change that. */
export interface SiteControl {
  host: string;
  rule: SiteRule;
  onChange: (rule: SiteRule) => void;
  /** Why the last change could not be saved, if it could not. */
  error?: string;
}

export interface PageControlsProps {
  summary: PageSummary;
  t: (key: MessageKey, substitutions?: string | string[]) => string;
  nameOf: (id: string) => string;
  /** Switches highlighting on this page on or off. */
  onToggle: (on: boolean) => void;
  /** The site's rule; absent for pages that are not on a web site, or while loading. */
  site?: SiteControl;
}

const SITE_RULES: readonly [SiteRule, MessageKey][] = [
  ['default', 'popupSiteDefault'],
  ['alwaysOn', 'popupSiteAlwaysOn'],
  ['neverOn', 'popupSiteNeverOn'],
];

/** Why the page was (or was not) taken to be about the summit, its switch and its site's rule. */
export function PageControls({ summary, t, nameOf, onToggle, site }: PageControlsProps) {
  const why = relevanceLine(summary, t, nameOf, useLocale());
  return (
    <div class="page-controls">
      <p class="relevance" role="status">
        {why}
      </p>
      <label class="switch">
        <input
          type="checkbox"
          role="switch"
          checked={summary.highlighted}
          onChange={(event) => onToggle((event.target as HTMLInputElement).checked)}
        />
        {t('popupHighlightToggle')}
      </label>
      {site && (
        <div class="site-rule">
          <label class="site-host" for="site-rule" title={site.host}>
            {t('popupSiteRule', site.host)}
          </label>
          <select
            id="site-rule"
            value={site.rule}
            onChange={(event) =>
              site.onChange((event.target as HTMLSelectElement).value as SiteRule)
            }
          >
            {SITE_RULES.map(([rule, key]) => (
              <option key={rule} value={rule}>
                {t(key)}
              </option>
            ))}
          </select>
        </div>
      )}
      {site?.error && (
        <p class="error" role="alert">
          {t('popupSiteSaveFailed', site.error)}
        </p>
      )}
    </div>
  );
}

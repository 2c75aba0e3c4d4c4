import type { MessageKey } from '../i18n';
import type { PageSummary } from '../page/summary';

export interface PageControlsProps {
  summary: PageSummary;
  t: (key: MessageKey, substitutions?: string | string[]) => string;
  nameOf: (id: string) => string;
  /** Switches highlighting on this page on or off. */
  onToggle: (on: boolean) => void;
}

/** Reasons named in full; the line stays short however much the page mentions. */
const MAX_REASONS = 4;

/** Why the page was (or was not) taken to be about the summit, and its highlight switch. */
export function PageControls({ summary, t, nameOf, onToggle }: PageControlsProps) {
  const shown = summary.reasons.slice(0, MAX_REASONS).map(nameOf);
  const names = shown.join(', ') + (summary.reasons.length > MAX_REASONS ? ', …' : '');
  const why = summary.relevant
    ? t('popupRelevantBecause', names)
    : names
      ? t('popupNotRelevantBecause', names)
      : t('popupNotRelevant');
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
    </div>
  );
}

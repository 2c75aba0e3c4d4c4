import type { Translate } from '../i18n';
import { KIND_KEYS } from '../kind-labels';
import type { ItemKind } from '../matching/types';
import { KindSwatch } from './KindSwatch';

/** Props of PageLegend. */
export interface PageLegendProps {
  t: Translate;
  /** The kinds the page shows, in ITEM_KINDS order. */
  kinds: readonly ItemKind[];
  /** The page shows a figure that differs from the reports (and the reader has it flagged). */
  differs: boolean;
  onDismiss(): void;
}

/**
 * The line that tells a first-time reader what the marks mean: a sample of each kind the page
 * shows beside its name, the look of a figure that differs, where to point, and a button that
 * dismisses it for good. A labelled region; it never takes focus.
 */
export function PageLegend({ t, kinds, differs, onDismiss }: PageLegendProps) {
  return (
    <div class="legend" role="region" aria-label={t('legendLabel')}>
      <p>
        <span class="intro">{t('legendIntro')}</span>
        {kinds.map((kind) => (
          <span key={kind} class="entry">
            <KindSwatch kind={kind} />
            {t(KIND_KEYS[kind])}
          </span>
        ))}
        {differs && (
          <span class="entry">
            <KindSwatch kind="figure" differs />
            {t('legendDiffers')}
          </span>
        )}
        <span class="hint">{t('legendHint')}</span>
      </p>
      <button type="button" onClick={onDismiss}>
        {t('legendDismiss')}
      </button>
    </div>
  );
}

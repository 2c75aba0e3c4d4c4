import type { Translate } from '../i18n';

/** Returns from a detail view to the list (Escape does the same, see useEscape). */
export function BackButton({ t, onBack }: { t: Translate; onBack: () => void }) {
  return (
    <button type="button" class="back" onClick={onBack}>
      ← {t('back')}
    </button>
  );
}

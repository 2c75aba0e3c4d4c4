import type { Translate } from '../i18n';

/** Props of MoreButton. */
export interface MoreButtonProps {
  open: boolean;
  /** What opening shows ("2 more from this report"). */
  label: string;
  onToggle(): void;
  t: Translate;
}

/** The quiet button that opens what a detail holds back, and closes it again ("Show less"). */
export function MoreButton({ open, label, onToggle, t }: MoreButtonProps) {
  return (
    <button type="button" class="more" aria-expanded={open} onClick={onToggle}>
      {open ? t('detailFewer') : label}
    </button>
  );
}

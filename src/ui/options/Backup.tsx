import { useRef } from 'preact/hooks';
import type { Translate } from '../../i18n';

/** What Backup shows and reports. */
export interface BackupProps {
  t: Translate;
  onExport: () => void;
  /** The file the reader picked to import. */
  onImport: (file: File) => void;
  onRestoreDefaults: () => void;
}

/** "Back up and restore": export to a JSON file, import one, restore the defaults. */
export function Backup({ t, onExport, onImport, onRestoreDefaults }: BackupProps) {
  const picker = useRef<HTMLInputElement>(null);
  return (
    <section aria-labelledby="backup-heading">
      <h2 id="backup-heading">{t('optionsBackupHeading')}</h2>
      <div class="buttons">
        <button type="button" id="export" onClick={onExport}>
          {t('optionsExport')}
        </button>
        <button type="button" id="import" onClick={() => picker.current?.click()}>
          {t('optionsImport')}
        </button>
        <input
          ref={picker}
          type="file"
          id="import-file"
          accept="application/json,.json"
          class="visually-hidden"
          tabIndex={-1}
          aria-hidden="true"
          onChange={(event) => {
            const file = event.currentTarget.files?.[0];
            event.currentTarget.value = '';
            if (file) onImport(file);
          }}
        />
        <button type="button" id="restore-defaults" onClick={onRestoreDefaults}>
          {t('optionsRestoreDefaults')}
        </button>
      </div>
    </section>
  );
}

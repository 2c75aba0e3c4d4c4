import { useState } from 'preact/hooks';
import { highlightCss } from '../../style/highlight-css';
import type { Translate } from '../../i18n';
import { exportSettings } from '../../settings/import-export';
import { DEFAULT_SETTINGS, type Settings } from '../../settings/schema';
import { Backup } from './Backup';
import { Checkbox } from './Checkbox';
import { addSite, removeSite, type SiteList as ListName } from './edit-settings';
import { KindTable, SampleMark } from './KindTable';
import { downloadText, importPickedFile, SETTINGS_FILE_NAME } from './settings-file';
import { Shortcuts } from './Shortcuts';
import { SiteList } from './SiteList';
import { useSettings } from '../use-settings';
import { WhenChoice } from './WhenChoice';

/** A line telling the reader how the last action went. */
interface Status {
  text: string;
  error: boolean;
}

/** Props of Options, given by entrypoints/options/main.tsx: what the browser does for it. */
export interface OptionsProps {
  /** The localiser (browser.i18n's). */
  t: Translate;
  /** Shows the page legend again on the next page highlighted (legend-state.ts). */
  showLegendAgain: () => Promise<void>;
}

/**
 * The options page: every setting, saved as soon as it changes (open tabs follow; the
 * settings through the UI's hook, use-settings.ts).
 */
export function Options({ t, showLegendAgain }: OptionsProps) {
  const { settings, save } = useSettings();
  const [status, setStatus] = useState<Status>();
  if (!settings) return <main class="options">{t('optionsLoading')}</main>;

  const change = async (next: Settings, done?: string) => {
    const error = await save(next);
    if (error !== undefined) setStatus({ text: t('optionsSaveFailed', error), error: true });
    else setStatus(done === undefined ? undefined : { text: done, error: false });
  };
  const set = <K extends keyof Settings>(key: K, value: Settings[K]) =>
    void change({ ...settings, [key]: value });
  const sites = (list: ListName, label: string) => (
    <SiteList
      id={list}
      label={label}
      sites={settings[list]}
      t={t}
      onAdd={(input) => {
        const edit = addSite(settings, list, input);
        if (!edit.ok) return t('optionsSiteInvalid', edit.invalid);
        void change(edit.settings);
        return undefined;
      }}
      onRemove={(host) => void change(removeSite(settings, list, host))}
    />
  );
  const legendAgain = () =>
    showLegendAgain().then(
      () => setStatus({ text: t('optionsLegendAgainDone'), error: false }),
      (error: unknown) => setStatus({ text: t('optionsSaveFailed', String(error)), error: true }),
    );
  const importFile = async (file: File) => {
    const result = await importPickedFile(file);
    if (result.ok) await change(result.settings, t('optionsImported'));
    else setStatus({ text: t('optionsImportFailed', result.error), error: true });
  };

  return (
    <main class="options">
      <style>{highlightCss(settings)}</style>
      <h1>{t('optionsTitle')}</h1>
      <p class={status?.error ? 'status error' : 'status'} role="status">
        {status?.text}
      </p>
      <WhenChoice when={settings.when} t={t} onChange={(when) => set('when', when)} />
      <section aria-labelledby="kinds-heading">
        <h2 id="kinds-heading">{t('optionsKindsHeading')}</h2>
        <KindTable
          kinds={settings.kinds}
          colours={settings.colours}
          t={t}
          onShow={(kind, shown) => set('kinds', { ...settings.kinds, [kind]: shown })}
          onColour={(kind, colour) => set('colours', { ...settings.colours, [kind]: colour })}
        />
        <p class="hint">{t('optionsPaletteHint')}</p>
        <div class="buttons">
          <button type="button" onClick={() => set('colours', DEFAULT_SETTINGS.colours)}>
            {t('optionsResetColours')}
          </button>
          <button type="button" onClick={() => void legendAgain()}>
            {t('optionsLegendAgain')}
          </button>
        </div>
        <Checkbox
          id="high-contrast"
          label={t('optionsHighContrast')}
          hint={t('optionsHighContrastHint')}
          checked={settings.highContrast}
          onChange={(on) => set('highContrast', on)}
        />
      </section>
      <section aria-labelledby="extras-heading">
        <h2 id="extras-heading">{t('optionsExtrasHeading')}</h2>
        <Checkbox
          id="disputed-flags"
          label={t('optionsDisputedFlags')}
          hint={t('optionsDisputedFlagsHint')}
          checked={settings.disputedFlags}
          onChange={(on) => set('disputedFlags', on)}
        />
        <p class="sample">
          <SampleMark kind="figure" disputed />
        </p>
        <Checkbox
          id="hover-cards"
          label={t('optionsHoverCards')}
          hint={t('optionsHoverCardsHint')}
          checked={settings.hoverCards}
          onChange={(on) => set('hoverCards', on)}
        />
        <Checkbox
          id="every-mention"
          label={t('optionsEveryMention')}
          hint={t('optionsEveryMentionHint')}
          checked={settings.everyMention}
          onChange={(on) => set('everyMention', on)}
        />
        <Checkbox
          id="wrap-highlights"
          label={t('optionsWrapHighlights')}
          hint={t('optionsWrapHighlightsHint')}
          checked={settings.wrapHighlights}
          onChange={(on) => set('wrapHighlights', on)}
        />
      </section>
      <section aria-labelledby="sites-heading">
        <h2 id="sites-heading">{t('optionsSitesHeading')}</h2>
        <p class="hint">{t('optionsSitesHint')}</p>
        <div class="site-lists">
          {sites('alwaysOn', t('optionsAlwaysOn'))}
          {sites('neverOn', t('optionsNeverOn'))}
        </div>
      </section>
      <Shortcuts t={t} />
      <Backup
        t={t}
        onExport={() => downloadText(document, exportSettings(settings), SETTINGS_FILE_NAME)}
        onImport={(file) => void importFile(file)}
        onRestoreDefaults={() => void change(DEFAULT_SETTINGS, t('optionsDefaultsRestored'))}
      />
    </main>
  );
}

import type { MessageKey, Translate } from '../../i18n';

/** The manifest's commands (wxt.config.ts) with their default keys. */
const SHORTCUTS: readonly [MessageKey, string][] = [
  ['commandToggleHighlighting', 'Alt+Shift+H'],
  ['commandNextHighlight', 'Alt+Shift+N'],
  ['commandPreviousHighlight', 'Alt+Shift+P'],
  ['commandOpenPopup', 'Alt+Shift+S'],
];

/** The keyboard shortcuts and where each browser lets the reader change them. */
export function Shortcuts({ t }: { t: Translate }) {
  return (
    <section aria-labelledby="shortcuts-heading">
      <h2 id="shortcuts-heading">{t('optionsShortcutsHeading')}</h2>
      <dl class="shortcuts">
        {SHORTCUTS.map(([key, keys]) => (
          <div class="row" key={key}>
            <dt>{t(key)}</dt>
            <dd>
              <kbd>{keys}</kbd>
            </dd>
          </div>
        ))}
      </dl>
      <p class="hint">{t('optionsShortcutsHint')}</p>
    </section>
  );
}

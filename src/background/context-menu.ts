import { t } from '../i18n';
import { onLookupSelection } from '../messaging/menus';

/** The id of the "Look up in Summit Lens" context-menu item. */
export const LOOKUP_MENU_ID = 'summit-lens-lookup';

/**
 * The "Look up in Summit Lens" item on selected text: created when the extension is installed
 * or updated; choosing it opens the popup page in a small window with the selection in its
 * lookup (src/messaging/windows.ts, `openLookupWindow`).
 */
export function startContextMenu(): void {
  onLookupSelection(LOOKUP_MENU_ID, () => t('contextMenuLookup'));
}

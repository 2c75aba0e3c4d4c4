import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { devChromeBinary } from './src/cli/dev-chrome.ts';
import { summitDataset } from './src/dataset/vite-plugin.ts';

const devChrome = devChromeBinary();

/** Fixed add-on id, so Firefox keeps storage across reinstalls and tests can address the extension. */
export const FIREFOX_ADDON_ID = 'summit-lens@summitlens.example';

export default defineConfig({
  publicDir: 'assets/public',
  // MV3 for both browsers: one manifest shape, `action` everywhere; Firefox runs the
  // background as an event page (background.scripts), Chromium as a service worker.
  manifestVersion: 3,
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact(), summitDataset()] }),
  manifest: {
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // README, Permissions: `scripting` and the http(s) host permissions let the background
    // run the highlighter only in pages whose gate asks for it (src/content/gate.ts).
    permissions: ['contextMenus', 'storage', 'scripting'],
    host_permissions: ['http://*/*', 'https://*/*'],
    action: { default_title: 'Summit Lens' },
    // Keyboard commands, rebindable at chrome://extensions/shortcuts and in Firefox's
    // Manage Extension Shortcuts. Chrome takes at most four suggested keys; Alt+Shift+letter
    // is valid in both browsers and taken by neither.
    commands: {
      'toggle-highlighting': {
        suggested_key: { default: 'Alt+Shift+H' },
        description: '__MSG_commandToggleHighlighting__',
      },
      'next-highlight': {
        suggested_key: { default: 'Alt+Shift+N' },
        description: '__MSG_commandNextHighlight__',
      },
      'previous-highlight': {
        suggested_key: { default: 'Alt+Shift+P' },
        description: '__MSG_commandPreviousHighlight__',
      },
      _execute_action: {
        suggested_key: { default: 'Alt+Shift+S' },
        description: '__MSG_commandOpenPopup__',
      },
    },
    browser_specific_settings: {
      gecko: {
        id: FIREFOX_ADDON_ID,
        strict_min_version: '128.0',
        // New Firefox add-ons must say what they collect: nothing (README, Permissions).
        data_collection_permissions: { required: ['none'] },
      } as { id: string; strict_min_version: string },
    },
  },
  webExt: {
    // `npm run dev`: CHROME_PATH, else an installed Google Chrome, else the system Chromium.
    binaries: devChrome ? { chrome: devChrome } : {},
    chromiumArgs: [
      // Chromium will not start its sandbox as root (a container, a CI box).
      ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  },
});

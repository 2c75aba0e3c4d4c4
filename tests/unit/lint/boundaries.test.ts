import path from 'node:path';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

/**
 * The layers' rules in .eslint.config.js: each probe is linted as if it were the file at its
 * path. A forbidden import must be reported by `no-restricted-imports` (a use of the browser's
 * global by `no-restricted-globals`); an allowed one must pass both.
 */
const root = path.resolve(__dirname, '../../..');
let eslint: ESLint;

beforeAll(() => {
  eslint = new ESLint({ cwd: root, overrideConfigFile: '.eslint.config.js' });
}, 60_000);

/** The boundary errors ESLint reports for `code` at `filePath`. */
async function boundaryErrors(filePath: string, code: string) {
  const [result] = await eslint.lintText(`${code}\n`, { filePath });
  return (result?.messages ?? []).filter(
    (m) =>
      m.severity === 2 &&
      (m.ruleId === 'no-restricted-imports' || m.ruleId === 'no-restricted-globals'),
  );
}

type Probe = [file: string, code: string];

/**
 * Each of `forbidden` must be reported by `ruleId` (with `message`, when given, among its
 * messages: the folder's own rule, not only the browser seam's); none of `allowed` may be.
 */
function expectRule(
  name: string,
  forbidden: Probe[],
  allowed: Probe[],
  { ruleId = 'no-restricted-imports', message }: { ruleId?: string; message?: RegExp } = {},
) {
  describe(name, () => {
    it.each(forbidden)('%s: reports `%s`', async (file, code) => {
      const errors = await boundaryErrors(file, code);
      expect(errors.map((e) => e.ruleId)).toContain(ruleId);
      if (message) expect(errors.map((e) => e.message).join('\n')).toMatch(message);
    });
    it.each(allowed)('%s: allows `%s`', async (file, code) => {
      expect(await boundaryErrors(file, code)).toEqual([]);
    });
  });
}

expectRule(
  'src/matching imports only itself',
  [
    ['src/matching/probe.ts', "import { browser } from 'wxt/browser';"],
    ['src/matching/probe.ts', "import type { Settings } from '../settings/schema';"],
    ['src/matching/probe.ts', "import { DEFAULT_SETTINGS } from '../settings/schema';"],
    ['src/matching/probe.ts', "import { sendToExtension } from '../messaging/wire';"],
    ['src/matching/probe.ts', "import { storage } from 'wxt/utils/storage';"],
    ['src/matching/probe.ts', "import browser from 'webextension-polyfill';"],
    ['src/matching/probe.ts', "import { collectText } from '@/src/dom/collect-text';"],
    ['src/matching/probe.ts', "import { h } from 'preact';"],
    ['src/matching/probe.ts', "import { collectText } from './../dom/collect-text';"],
    ['src/matching/probe.ts', "export { ITEM_KINDS } from '../dataset/schema';"],
  ],
  [
    ['src/matching/probe.ts', "import { normalize } from './normalize';"],
    ['src/matching/probe.ts', "import type { Match } from './types';"],
  ],
  { message: /src\/matching is the pure engine/ },
);

expectRule(
  'src/reading shows nothing and does not talk to the browser',
  [
    ['src/reading/probe.ts', "import type { PageSummary } from '../messaging/page-summary';"],
    ['src/reading/probe.ts', "import { sendToExtension } from '../messaging/wire';"],
    ['src/reading/probe.ts', "import { h } from 'preact';"],
    ['src/reading/probe.ts', "import { useState } from 'preact/hooks';"],
    ['src/reading/probe.ts', "import { Popup } from '../ui/Popup';"],
    ['src/reading/probe.ts', "import { startCards } from '../card/start-cards';"],
    ['src/reading/probe.ts', "import { showPageLegend } from '../legend/page-legend';"],
    ['src/reading/probe.ts', "import { browser } from 'wxt/browser';"],
    ['src/reading/probe.ts', "import { loadSettings } from '../settings/storage';"],
    ['src/reading/probe.ts', "import { t } from '../i18n';"],
    ['src/reading/probe.ts', "import type { Scanned } from '../content/highlight-switch';"],
    ['src/reading/probe.ts', "import { listing } from '../highlight/renderer';"],
  ],
  [
    ['src/reading/probe.ts', "import type { Match } from '../matching/types';"],
    ['src/reading/probe.ts', "import { collectText } from '../dom/collect-text';"],
    ['src/reading/probe.ts', "import { judgeRelevance } from './relevance';"],
  ],
);

expectRule(
  'only the browser seam imports the browser',
  [
    ['src/background/probe.ts', "import { browser } from 'wxt/browser';"],
    ['src/content/probe.ts', "import { browser } from 'wxt/browser';"],
    ['src/ui/use-probe.ts', "import { browser } from 'wxt/browser';"],
    ['src/settings/schema.ts', "import { browser } from 'wxt/browser';"],
    ['entrypoints/popup/main.tsx', "import { browser } from 'wxt/browser';"],
    ['entrypoints/background.ts', "import { browser } from '#imports';"],
    ['src/dom/probe.ts', "import { browser } from '@wxt-dev/browser';"],
  ],
  [
    ['src/messaging/probe.ts', "import { browser } from 'wxt/browser';"],
    ['src/settings/storage.ts', "import { browser } from 'wxt/browser';"],
    ['src/i18n.ts', "import { browser } from 'wxt/browser';"],
    ['tests/unit/probe.test.ts', "import { browser } from 'wxt/browser';"],
    ['entrypoints/popup/main.tsx', "import { openExtensionPage } from '@/src/messaging/tabs';"],
    ['src/background/probe.ts', "import { setBadge } from '../messaging/toolbar';"],
  ],
);

expectRule(
  "outside the seam, the browser's globals are not used either",
  [
    ['src/content/probe.ts', 'void browser.runtime.sendMessage({});'],
    ['src/ui/Probe.tsx', "void browser.tabs.create({ url: '/report.html' });"],
    ['src/background/probe.ts', 'chrome.action.setBadgeText({ text: "1" });'],
  ],
  [
    [
      'src/messaging/probe.ts',
      "import { browser } from 'wxt/browser';\nvoid browser.tabs.query({});",
    ],
  ],
  { ruleId: 'no-restricted-globals' },
);

expectRule(
  'components, and the UI but for its hooks, neither import the browser nor talk to it',
  [
    ['src/ui/Probe.tsx', "import { browser } from 'wxt/browser';"],
    ['src/ui/Probe.tsx', "import { openExtensionPage } from '../messaging/tabs';"],
    [
      'src/ui/options/Probe.tsx',
      "import { setLegendDismissed } from '../../messaging/legend-state';",
    ],
    ['src/ui/Probe.tsx', "import { uiLocale } from '../i18n';"],
    ['src/ui/Probe.tsx', "import { t } from '../i18n';"],
    ['src/ui/Probe.tsx', "import { loadSettings } from '../settings/storage';"],
    ['src/card/Probe.tsx', "import { sendToExtension } from '../messaging/wire';"],
    ['src/legend/Probe.tsx', "import { legendWanted } from '../messaging/legend-state';"],
    ['src/figure/Probe.tsx', "import { uiLocale } from '../i18n';"],
    ['src/report/Probe.tsx', "import { sendToExtension } from '@/src/messaging/wire';"],
    // The UI's modules that are not its hooks.
    ['src/ui/popup-data.ts', "import { sendToTab } from '../messaging/wire';"],
    ['src/ui/options/settings-file.ts', "import { saveSettings } from '../../settings/storage';"],
  ],
  [
    ['src/ui/Probe.tsx', "import type { PageItem } from '../messaging/page-summary';"],
    ['src/ui/Probe.tsx', "import type { Translate } from '../i18n';"],
    ['src/ui/Probe.tsx', "import { useSettings } from './use-settings';"],
    ['src/ui/Probe.tsx', "import { useLocale } from './locale';"],
    // The UI's seam: its hooks wrap messaging and storage.
    ['src/ui/use-probe.ts', "import { sendToTab } from '../messaging/wire';"],
    ['src/ui/use-probe.ts', "import { loadSettings } from '../settings/storage';"],
    ['src/ui/relevance-line.ts', "import type { PageSummary } from '../messaging/page-summary';"],
  ],
);

expectRule(
  'src/messaging defines its own wire types',
  [
    ['src/messaging/protocol.ts', "import type { MentionListing } from '../highlight/renderer';"],
    ['src/messaging/protocol.ts', "import type { RendererName } from '../content/handoff';"],
    ['src/messaging/probe.ts', "import { judgePage } from '../reading/judge-page';"],
    ['src/messaging/probe.ts', "import { Popup } from '../ui/Popup';"],
  ],
  [
    ['src/messaging/page-summary.ts', "import type { Relevance } from '../reading/relevance';"],
    ['src/messaging/protocol.ts', "import type { ItemKind } from '../matching/types';"],
  ],
);

expectRule(
  'src/style is below the renderers',
  [
    ['src/style/style-for.ts', "import type { Renderer } from '../highlight/renderer';"],
    ['src/style/probe.ts', "import { startCards } from '../card/start-cards';"],
    ['src/style/probe.ts', "import { browser } from 'wxt/browser';"],
  ],
  [['src/style/probe.ts', "import type { ItemKind } from '../matching/types';"]],
);

expectRule(
  "the background does not import the pages' code",
  [
    ['src/background/start.ts', "import { badgeCount } from '../content/summarize';"],
    ['src/background/probe.ts', "import { judgePage } from '../reading/judge-page';"],
    ['src/background/probe.ts', "import { Popup } from '../ui/Popup';"],
  ],
  [
    ['src/background/start.ts', "import { badgeCount } from '../messaging/page-summary';"],
    ['src/background/probe.ts', "import { itemCard } from '../dataset/item-card';"],
  ],
);

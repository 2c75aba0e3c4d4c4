import { existsSync } from 'node:fs';

/** Where Google Chrome installs itself on Linux, macOS and Windows (the stable channel). */
export const CHROME_INSTALLS: readonly string[] = [
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/opt/google/chrome/chrome',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
];

/** Debian's and Ubuntu's Chromium. */
export const SYSTEM_CHROMIUM = '/usr/bin/chromium';

/**
 * The browser `npm run dev` opens (wxt.config.ts, `webExt.binaries.chrome`): `CHROME_PATH`
 * when set; undefined when Google Chrome is installed, so WXT finds and opens it itself;
 * otherwise the system Chromium.
 */
export function devChromeBinary(
  env: Record<string, string | undefined> = process.env,
  exists: (file: string) => boolean = existsSync,
): string | undefined {
  if (env.CHROME_PATH) return env.CHROME_PATH;
  return CHROME_INSTALLS.some(exists) ? undefined : SYSTEM_CHROMIUM;
}

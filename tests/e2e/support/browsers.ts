import { existsSync } from 'node:fs';

/** A browser the e2e suite drives, with where its executable and extension build are. */
export interface BrowserTarget {
  name: BrowserName;
  executablePath: string;
  /** Build directory under .output/ that is loaded unpacked. */
  buildDir: string;
}

/** The browsers the suite knows. */
export type BrowserName = 'chromium' | 'firefox';

const TARGETS = [
  {
    name: 'chromium',
    env: 'CHROME_PATH',
    path: '/usr/bin/chromium',
    pkg: 'chromium',
    buildDir: 'chrome-mv3',
  },
  {
    name: 'firefox',
    env: 'FIREFOX_PATH',
    path: '/usr/bin/firefox-esr',
    pkg: 'firefox-esr',
    buildDir: 'firefox-mv3',
  },
] as const;

/** The variable that picks the browsers of a run: `chromium`, `firefox` or both, comma-separated. */
export const BROWSERS_VARIABLE = 'SUMMIT_BROWSERS';

/**
 * The browsers SUMMIT_BROWSERS asks for (`chromium`, `firefox`, `chromium,firefox`; unset or
 * empty: both), in the suite's order. An unknown name is an error naming the known ones.
 */
export function wantedBrowsers(env: NodeJS.ProcessEnv = process.env): BrowserName[] {
  const asked = (env[BROWSERS_VARIABLE] ?? '')
    .split(',')
    .map((name) => name.trim().toLowerCase())
    .filter(Boolean);
  const known = TARGETS.map((target) => target.name);
  const unknown = asked.filter((name) => !(known as readonly string[]).includes(name));
  if (unknown.length > 0) {
    throw new Error(
      `${BROWSERS_VARIABLE}=${env[BROWSERS_VARIABLE]}: unknown browser ${unknown.join(', ')}; ` +
        `use ${known.join(', ')} or both, comma-separated.`,
    );
  }
  return known.filter((name) => asked.length === 0 || asked.includes(name));
}

/**
 * One browser, from CHROME_PATH / FIREFOX_PATH or the Debian default, whatever SUMMIT_BROWSERS
 * says (the tools that only ever drive Chromium ask for it here). A missing browser is an
 * error naming the package to install.
 */
export function browserTarget(
  name: BrowserName,
  env: NodeJS.ProcessEnv = process.env,
): BrowserTarget {
  const target = TARGETS.find((each) => each.name === name)!;
  const executablePath = env[target.env] || target.path;
  if (!existsSync(executablePath)) {
    throw new Error(
      `${target.name} not found at ${executablePath}. Install it with ` +
        `\`sudo apt-get install -y ${target.pkg}\`, set ${target.env} to its executable, or ` +
        `leave it out of the run with ${BROWSERS_VARIABLE}.`,
    );
  }
  return { name: target.name, executablePath, buildDir: target.buildDir };
}

/**
 * The browsers to test: those SUMMIT_BROWSERS names (default both). A browser that is asked
 * for but missing is an error naming the package to install: the suite never silently skips
 * one; a browser left out is not looked for.
 */
export function browserTargets(env: NodeJS.ProcessEnv = process.env): BrowserTarget[] {
  return wantedBrowsers(env).map((name) => browserTarget(name, env));
}

import { existsSync } from 'node:fs';

/** A browser the e2e suite drives, with where its executable and extension build are. */
export interface BrowserTarget {
  name: 'chromium' | 'firefox';
  executablePath: string;
  /** Build directory under .output/ that is loaded unpacked. */
  buildDir: string;
}

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

/**
 * The browsers to test, from CHROME_PATH / FIREFOX_PATH or the Debian defaults. A missing
 * browser is an error naming the package to install: the suite never silently skips one.
 */
export function browserTargets(env: NodeJS.ProcessEnv = process.env): BrowserTarget[] {
  return TARGETS.map((target) => {
    const executablePath = env[target.env] || target.path;
    if (!existsSync(executablePath)) {
      throw new Error(
        `${target.name} not found at ${executablePath}. Install it with ` +
          `\`sudo apt-get install -y ${target.pkg}\` or set ${target.env} to its executable.`,
      );
    }
    return { name: target.name, executablePath, buildDir: target.buildDir };
  });
}

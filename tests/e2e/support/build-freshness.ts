import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import type { BrowserName } from './browsers';

/** What the extension's build reads (a generous list: a change elsewhere in src rebuilds too). */
export const BUILD_INPUTS = [
  'entrypoints',
  'src',
  'assets',
  'wxt.config.ts',
  'package.json',
  'package-lock.json',
  'tsconfig.json',
];

/** A build the e2e suite loads, the browser that loads it and the npm script that makes it. */
export interface Build {
  /** Directory under .output/ (BrowserTarget.buildDir). */
  dir: string;
  browser: BrowserName;
  script: string;
}

export const BUILDS: readonly Build[] = [
  { dir: 'chrome-mv3', browser: 'chromium', script: 'build' },
  { dir: 'firefox-mv3', browser: 'firefox', script: 'build:firefox' },
];

/** The latest modification time (ms) of `file`, or of any file under it; 0 when absent. */
export function newestChange(file: string): number {
  if (!existsSync(file)) return 0;
  const stat = statSync(file);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(file).reduce(
    (newest, name) => Math.max(newest, newestChange(path.join(file, name))),
    stat.mtimeMs,
  );
}

/**
 * The builds of `root` that are missing or older than one of their inputs. A build's age is
 * its manifest's: WXT empties the output directory when a build starts and writes the
 * manifest at its end, so a build that failed half-way has none.
 */
export function staleBuilds(root: string, builds: readonly Build[] = BUILDS): Build[] {
  const inputs = Math.max(...BUILD_INPUTS.map((input) => newestChange(path.join(root, input))));
  return builds.filter((build) => {
    const manifest = path.join(root, '.output', build.dir, 'manifest.json');
    return !existsSync(manifest) || statSync(manifest).mtimeMs < inputs;
  });
}

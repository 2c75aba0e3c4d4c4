/**
 * `npm run test:e2e` runs this first: it builds the extension for the browsers the suite
 * loads (SUMMIT_BROWSERS, default both), unless their builds are newer than every source
 * input (CI has just built them, or nothing changed since the last run). A fresh checkout has
 * none, so it builds them. `npm run build:all` rebuilds regardless.
 */
import { execFileSync } from 'node:child_process';
import { BUILDS, staleBuilds } from './build-freshness';
import { wantedBrowsers } from './browsers';

const wanted = wantedBrowsers();
const stale = staleBuilds(
  process.cwd(),
  BUILDS.filter((build) => wanted.includes(build.browser)),
);
if (stale.length === 0) console.log('e2e: the builds in .output are up to date');
for (const build of stale) {
  console.log(
    `e2e: .output/${build.dir} is missing or older than its sources: npm run ${build.script}`,
  );
  execFileSync('npm', ['run', build.script], { stdio: 'inherit' });
}

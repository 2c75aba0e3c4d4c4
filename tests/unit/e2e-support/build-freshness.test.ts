import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { staleBuilds } from '../../e2e/support/build-freshness';

let root: string;

/**
 * Writes `file` under the root with its modification time `at` seconds after the epoch, the
 * folders it makes dated long before (a folder's time changes when a file comes or goes).
 */
function put(file: string, at: number): void {
  const full = path.join(root, file);
  mkdirSync(path.dirname(full), { recursive: true });
  writeFileSync(full, file);
  utimesSync(full, at, at);
  for (let dir = path.dirname(full); dir !== root; dir = path.dirname(dir)) utimesSync(dir, 1, 1);
}

const names = () => staleBuilds(root).map((build) => build.dir);

beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), 'summit-freshness-'));
  put('src/content/gate.ts', 100);
  put('assets/reports/001.txt', 100);
  put('wxt.config.ts', 100);
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('which builds the e2e suite rebuilds', () => {
  it('both, on a checkout that has none', () => {
    expect(names()).toEqual(['chrome-mv3', 'firefox-mv3']);
  });

  it('none, when both are newer than every input', () => {
    put('.output/chrome-mv3/manifest.json', 200);
    put('.output/firefox-mv3/manifest.json', 200);
    expect(names()).toEqual([]);
  });

  it('those older than a changed input, however deep it lies', () => {
    put('.output/chrome-mv3/manifest.json', 200);
    put('.output/firefox-mv3/manifest.json', 400);
    put('src/languages/packs/fr.json', 300);
    expect(names()).toEqual(['chrome-mv3']);
  });

  it('one whose manifest is missing (a build that failed half-way)', () => {
    put('.output/chrome-mv3/manifest.json', 200);
    put('.output/firefox-mv3/background.js', 200);
    expect(names()).toEqual(['firefox-mv3']);
  });
});

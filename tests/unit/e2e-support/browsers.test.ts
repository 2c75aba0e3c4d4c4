import { describe, expect, it } from 'vitest';
import { browserTargets, wantedBrowsers } from '../../e2e/support/browsers';

/** An executable that exists on any machine running the suite, and one that does not. */
const PRESENT = process.execPath;
const ABSENT = '/nonexistent/browser';

describe('SUMMIT_BROWSERS', () => {
  it.each([
    [undefined, ['chromium', 'firefox']],
    ['', ['chromium', 'firefox']],
    ['chromium', ['chromium']],
    ['firefox', ['firefox']],
    ['Firefox, chromium', ['chromium', 'firefox']],
  ])('%j asks for %j', (value, wanted) => {
    expect(wantedBrowsers({ SUMMIT_BROWSERS: value })).toEqual(wanted);
  });

  it('names the known browsers when it is given another', () => {
    expect(() => wantedBrowsers({ SUMMIT_BROWSERS: 'chrome' })).toThrow(
      /unknown browser chrome; use chromium, firefox/,
    );
  });

  it('does not look for a browser left out of the run', () => {
    const env = { SUMMIT_BROWSERS: 'chromium', CHROME_PATH: PRESENT, FIREFOX_PATH: ABSENT };
    expect(browserTargets(env).map((target) => target.name)).toEqual(['chromium']);
  });

  it('fails on a wanted browser that is missing, naming its Debian package', () => {
    const env = { SUMMIT_BROWSERS: 'firefox', CHROME_PATH: ABSENT, FIREFOX_PATH: ABSENT };
    expect(() => browserTargets(env)).toThrow(/firefox not found .*apt-get install -y firefox-esr/);
    expect(() => browserTargets({ CHROME_PATH: ABSENT, FIREFOX_PATH: PRESENT })).toThrow(
      /apt-get install -y chromium/,
    );
  });
});

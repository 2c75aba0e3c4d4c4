import { describe, expect, it } from 'vitest';
import { CHROME_INSTALLS, devChromeBinary, SYSTEM_CHROMIUM } from '@/src/cli/dev-chrome';

type Case = [
  string,
  Record<string, string | undefined>,
  (file: string) => boolean,
  string | undefined,
];

const nothing = () => false;
const chromeAt = (where: string) => (file: string) => file === where;

describe('devChromeBinary', () => {
  it.each<Case>([
    [
      'CHROME_PATH, even with Chrome installed',
      { CHROME_PATH: '/x/chrome' },
      () => true,
      '/x/chrome',
    ],
    ['the system Chromium when no Chrome is installed', {}, nothing, SYSTEM_CHROMIUM],
    [
      'the system Chromium when CHROME_PATH is empty',
      { CHROME_PATH: '' },
      nothing,
      SYSTEM_CHROMIUM,
    ],
    ...CHROME_INSTALLS.map<Case>((where) => [
      `WXT's own choice with Chrome at ${where}`,
      {},
      chromeAt(where),
      undefined,
    ]),
  ])('opens %s', (_, env, exists, wanted) => {
    expect(devChromeBinary(env, exists)).toBe(wanted);
  });
});

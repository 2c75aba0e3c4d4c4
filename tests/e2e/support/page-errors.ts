import type { Page } from 'puppeteer-core';

/**
 * Collects what `page` reports as errors from now on: uncaught exceptions and console errors.
 * The browser's own request for a favicon the fixture server does not have is no error of the
 * page's.
 */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`page error: ${String(error)}`));
  page.on('console', (message) => {
    if (message.location().url?.endsWith('/favicon.ico')) return;
    if (message.type() === 'error') errors.push(`console error: ${message.text()}`);
  });
  return errors;
}
